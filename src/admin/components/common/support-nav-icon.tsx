import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { createPortal } from "react-dom"
import { useOpenUnassignedCount } from "../../hooks/tickets"
import { useTranslation } from "react-i18next"

/**
 * The sidebar icon of the Support route, which also shows how many open tickets nobody has taken.
 * A route's sidebar label is a fixed string and its icon is drawn in a 15 px box, so the count
 * is portalled to the end of the sidebar link that holds this icon.
 */
export const SupportNavIcon = () => {
  const ref = useRef<HTMLSpanElement>(null)
  const [slot, setSlot] = useState<HTMLElement | null>(null)
  const { data: count } = useOpenUnassignedCount()
  const { t } = useTranslation()

  useEffect(() => {
    const link = ref.current?.closest("a")
    if (!link) return
    const el = document.createElement("span")
    el.className = "ml-auto"
    link.appendChild(el)
    setSlot(el)
    return () => el.remove()
  }, [])

  return (
    <span ref={ref} className="flex size-full items-center justify-center">
      <ChatBubbleLeftRight />
      {slot &&
        !!count &&
        createPortal(
          <Badge size="2xsmall" color="orange" title={t("helpdesk.nav.openUnassigned", { count })} data-testid="helpdesk-nav-count">
            {count > 99 ? "99+" : count}
          </Badge>,
          slot
        )}
    </span>
  )
}
