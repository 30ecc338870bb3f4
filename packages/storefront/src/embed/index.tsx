// The one-tag embed: <medusa-help-center> and <medusa-help-button>, in shadow DOM, from the same
// components as the React package (React is swapped for preact/compat at build time).
//
// <script src="https://api.example.com/helpdesk/embed.js" data-publishable-key="pk_..."
//         data-locale="ko" data-button></script>
import { useEffect, useRef, useState } from "react"
import { createRoot, type Root } from "react-dom/client"
import { createHelpdeskClient } from "../client.js"
import { setup } from "../components/shared.js"
import { resolveLocale } from "../i18n.js"
import styles from "../styles.css"
import embedStyles from "./embed.css"
import { centerConnected, watchCentersInView } from "./centers-in-view.js"
import { HelpCenterApp, randomId, routeFromLocation, type Route } from "./HelpCenterApp.js"

declare const __HELPDESK_EMBED_VERSION__: string

type Config = { baseUrl: string; publishableKey: string; locale?: string; button: boolean }

/** Backend URL from the script's own src: everything before `/helpdesk/embed`. */
export function configFromScript(script: HTMLScriptElement | null): Config | null {
  if (!script?.src) return null
  const src = new URL(script.src, location.href)
  const at = src.pathname.indexOf("/helpdesk/embed")
  const prefix = at >= 0 ? src.pathname.slice(0, at) : ""
  return {
    baseUrl: script.dataset.backendUrl || `${src.origin}${prefix}`,
    publishableKey: script.dataset.publishableKey || "",
    locale: script.dataset.locale || undefined,
    button: script.hasAttribute("data-button") && script.dataset.button !== "false",
  }
}

const config: Config = configFromScript(document.currentScript as HTMLScriptElement | null) ?? {
  baseUrl: "",
  publishableKey: "",
  button: false,
}

// The shopper's token lives in this closure only: never in an attribute, storage or the URL.
let customerToken: string | null = null
let authVersion = 0
const listeners = new Set<() => void>()
function setCustomerToken(token: string | null | undefined) {
  const next = token || null
  if (next === customerToken) return
  customerToken = next
  authVersion++
  listeners.forEach((fn) => fn())
}

function visitorId(): string {
  try {
    const k = "medusa-helpdesk-visitor"
    let v = localStorage.getItem(k)
    if (!v) localStorage.setItem(k, (v = randomId()))
    return v
  } catch {
    return ""
  }
}

function pickLocale(el: HTMLElement): string {
  const tag = el.getAttribute("locale") || config.locale || document.documentElement.lang || navigator.language || "en"
  // The shipped tables decide the UI language; articles follow it too.
  return resolveLocale(tag)
}

function useAuthVersion() {
  const [v, setV] = useState(authVersion)
  useEffect(() => {
    const fn = () => setV(authVersion)
    listeners.add(fn)
    return () => {
      listeners.delete(fn)
    }
  }, [])
  return v
}

function makeClient(el: HelpdeskElementBase, locale: string) {
  return createHelpdeskClient(
    {
      baseUrl: el.backendUrl || config.baseUrl,
      publishableKey: el.getAttribute("publishable-key") || config.publishableKey,
      getToken: () => el.ownToken ?? customerToken,
    },
    { locale, visitorId: visitorId() || null }
  )
}

function pageTicketUrl(): string {
  const u = new URL(location.href)
  u.hash = ""
  u.searchParams.delete("token")
  u.searchParams.set("ticket", "__ID__")
  return u.toString().replace("__ID__", ":id")
}

function Center({ el, initialRoute }: { el: HelpdeskElementBase; initialRoute?: Route }) {
  const v = useAuthVersion()
  const locale = pickLocale(el)
  const client = makeClient(el, locale)
  const signedIn = !!(el.ownToken ?? customerToken)
  return (
    <HelpCenterApp
      client={client}
      locale={locale}
      signedIn={signedIn}
      initialRoute={initialRoute}
      ticketUrl={pageTicketUrl()}
      authVersion={v + el.ownVersion}
    />
  )
}

function Button({ el }: { el: HelpdeskElementBase }) {
  const locale = pickLocale(el)
  const { t } = setup({ locale })
  // A private link opens the panel, unless the page shows a <medusa-help-center> that opens it.
  const fromLink = document.querySelector("medusa-help-center") ? null : routeFromLocation(location.href)
  const [open, setOpen] = useState(!!fromLink)
  // Hidden while the page's own help center is on screen (centers-in-view.ts), and while open.
  const [centerInView, setCenterInView] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  openers.add(setOpen)
  useEffect(() => watchCentersInView(setCenterInView), [])
  useEffect(() => {
    if (open) panel.current?.focus()
  }, [open])
  function close() {
    setOpen(false)
    setTimeout(() => button.current?.focus(), 0)
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.stopPropagation()
      close()
    }
    if (e.key !== "Tab" || !panel.current) return
    // Keep Tab inside the dialog.
    const items = Array.from(
      panel.current.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"], summary')
    )
    if (!items.length) return
    const root = panel.current.getRootNode() as ShadowRoot
    const active = root.activeElement
    if (e.shiftKey && (active === items[0] || active === panel.current)) {
      e.preventDefault()
      items[items.length - 1].focus()
    } else if (!e.shiftKey && active === items[items.length - 1]) {
      e.preventDefault()
      items[0].focus()
    }
  }
  return (
    <div lang={locale}>
      {!open && !centerInView && (
        <button ref={button} type="button" className="mhd-fab" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {t("embed.open")}
        </button>
      )}
      {open && (
        <>
          <div className="mhd-backdrop" onClick={close} />
          <div
            ref={panel}
            className="mhd-panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="mhd-panel-title"
            tabIndex={-1}
            onKeyDown={onKeyDown as any}
          >
            <div className="mhd-panel-head">
              <h2 id="mhd-panel-title" className="mhd-panel-title">
                {t("embed.dialog")}
              </h2>
              <button type="button" className="mhd-panel-close" aria-label={t("embed.close")} onClick={close}>
                ×
              </button>
            </div>
            <Center el={el} initialRoute={fromLink ?? undefined} />
          </div>
        </>
      )}
    </div>
  )
}

const openers = new Set<(open: boolean) => void>()

const CSS_TEXT = `${styles}\n${embedStyles}`
let sheetCache: CSSStyleSheet | null | undefined
function sharedSheet(): CSSStyleSheet | null {
  if (sheetCache !== undefined) return sheetCache
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS_TEXT)
    sheetCache = "adoptedStyleSheets" in Document.prototype ? sheet : null
  } catch {
    sheetCache = null
  }
  return sheetCache
}

abstract class HelpdeskElementBase extends HTMLElement {
  private root?: Root
  ownToken: string | null = null
  ownVersion = 0
  backendUrl: string | null = null
  static get observedAttributes() {
    return ["locale", "publishable-key", "backend-url"]
  }
  /** The customer's JWT for this element only (a property, never an attribute). */
  set customerToken(token: string | null) {
    this.ownToken = token || null
    this.ownVersion++
    this.render()
  }
  get customerToken(): string | null {
    // Not readable back: the token should not leak to other scripts through the DOM.
    return null
  }
  connectedCallback() {
    this.backendUrl = this.getAttribute("backend-url")
    if (!this.shadowRoot) this.attachShadow({ mode: "open" })
    this.render()
  }
  attributeChangedCallback() {
    this.backendUrl = this.getAttribute("backend-url")
    if (this.root) this.render()
  }
  disconnectedCallback() {
    this.root?.unmount()
    this.root = undefined
    if (this.shadowRoot) this.shadowRoot.innerHTML = ""
  }
  protected abstract view(): any
  render() {
    if (!this.shadowRoot) return
    if (!this.root) {
      const mount = document.createElement("div")
      const sheet = sharedSheet()
      // A constructed stylesheet is not an inline style, so a page's strict CSP needs no
      // 'unsafe-inline' for it; older browsers get a <style>.
      if (sheet) this.shadowRoot.adoptedStyleSheets = [sheet]
      else {
        const style = document.createElement("style")
        style.textContent = CSS_TEXT
        this.shadowRoot.append(style)
      }
      this.shadowRoot.append(mount)
      this.root = createRoot(mount)
    }
    this.root.render(this.view())
  }
}

class MedusaHelpCenter extends HelpdeskElementBase {
  connectedCallback() {
    super.connectedCallback()
    centerConnected(this, true)
  }
  disconnectedCallback() {
    super.disconnectedCallback()
    centerConnected(this, false)
  }
  protected view() {
    return <Center key={this.ownVersion} el={this} initialRoute={routeFromLocation(location.href) ?? undefined} />
  }
}

class MedusaHelpButton extends HelpdeskElementBase {
  protected view() {
    return <Button el={this} />
  }
}

if (!customElements.get("medusa-help-center")) customElements.define("medusa-help-center", MedusaHelpCenter)
if (!customElements.get("medusa-help-button")) customElements.define("medusa-help-button", MedusaHelpButton)

const api = {
  version: __HELPDESK_EMBED_VERSION__,
  /** Hands the embed the storefront's signed-in customer token (null to sign out). */
  setCustomerToken,
  /** Opens the floating panel (when a <medusa-help-button> is on the page). */
  open: () => openers.forEach((fn) => fn(true)),
  config: { baseUrl: config.baseUrl, publishableKey: config.publishableKey },
}
;(window as any).MedusaHelpdesk = Object.assign((window as any).MedusaHelpdesk || {}, api)
// A token handed over before this script ran: window.MedusaHelpdesk = { customerToken: "..." }.
const early = (window as any).MedusaHelpdesk.customerToken
if (typeof early === "string") {
  setCustomerToken(early)
  delete (window as any).MedusaHelpdesk.customerToken
}

if (config.button && !document.querySelector("medusa-help-button")) {
  const add = () => document.body.appendChild(document.createElement("medusa-help-button"))
  if (document.body) add()
  else document.addEventListener("DOMContentLoaded", add)
}
