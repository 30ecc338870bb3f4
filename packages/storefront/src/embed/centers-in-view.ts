// Whether a <medusa-help-center> of the page is on screen. The floating Help button hides then:
// it is fixed over the bottom corner of the viewport, where the center's Send buttons (contact
// form, thread reply) come to rest when scrolled into view, and covered them on small screens;
// and with the help center in view the button has nothing to add.

type Observer = { observe(el: Element): void; unobserve(el: Element): void; disconnect(): void }
type ObserverCtor = new (cb: (entries: { target: Element; isIntersecting: boolean }[]) => void) => Observer

const centers = new Set<Element>()
const watchers = new Set<() => void>()

/** Called by <medusa-help-center> when it enters or leaves the document. */
export function centerConnected(el: Element, connected: boolean) {
  if (connected) centers.add(el)
  else centers.delete(el)
  watchers.forEach((fn) => fn())
}

/**
 * Calls `onChange(true)` while at least one connected help center intersects the viewport, and
 * `onChange(false)` when none does. Without IntersectionObserver, any connected help center counts
 * as in view. Returns the function that stops watching.
 */
export function watchCentersInView(
  onChange: (inView: boolean) => void,
  IO: ObserverCtor | undefined = typeof IntersectionObserver === "undefined" ? undefined : (IntersectionObserver as unknown as ObserverCtor)
): () => void {
  const visible = new Set<Element>()
  const observed = new Set<Element>()
  let last: boolean | undefined
  const report = () => {
    const now = IO ? [...visible].some((el) => centers.has(el)) : centers.size > 0
    if (now !== last) onChange((last = now))
  }
  const io = IO
    ? new IO((entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.add(e.target)
          else visible.delete(e.target)
        }
        report()
      })
    : null
  const sync = () => {
    if (io) {
      for (const el of centers) {
        if (observed.has(el)) continue
        observed.add(el)
        io.observe(el)
      }
      for (const el of [...observed]) {
        if (centers.has(el)) continue
        observed.delete(el)
        visible.delete(el)
        io.unobserve(el)
      }
    }
    report()
  }
  watchers.add(sync)
  sync()
  return () => {
    watchers.delete(sync)
    io?.disconnect()
  }
}
