import { ArrowDownMini, ArrowUpMini, DotsSix } from "@medusajs/icons"
import { IconButton, Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { moveItem } from "../../lib/positions"

export type ReorderItem = { id: string; label: string; detail?: string; lang?: string }

/**
 * A list put in order by dragging a row, by its Move up / Move down buttons, or with Alt+Arrow
 * keys anywhere in a row. Focus stays on the moved row and a live region says where it went.
 */
export const ReorderList = ({
  items,
  onChange,
  testId,
}: {
  items: ReorderItem[]
  onChange: (items: ReorderItem[]) => void
  testId?: string
}) => {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState("")
  const focusNext = useRef<{ id: string; dir: "up" | "down" } | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement | null>())

  useEffect(() => {
    const next = focusNext.current
    if (!next) return
    focusNext.current = null
    const index = items.findIndex((i) => i.id === next.id)
    // At an end the pressed button is disabled: the other one keeps the focus in the row.
    const dir = (next.dir === "up" && index === 0) || (next.dir === "down" && index === items.length - 1) ? (next.dir === "up" ? "down" : "up") : next.dir
    buttons.current.get(`${next.id}:${dir}`)?.focus()
  }, [items])

  const move = (from: number, to: number, dir?: "up" | "down") => {
    const next = moveItem(items, from, to)
    if (next === items) return
    const moved = items[from]
    if (dir) focusNext.current = { id: moved.id, dir }
    setAnnouncement(t("helpdesk.kb.arrange.moved", { title: moved.label, position: next.indexOf(moved) + 1, count: next.length }))
    onChange(next)
  }

  return (
    <>
      <ol className="flex flex-col gap-y-1" data-testid={testId}>
        {items.map((item, index) => (
          <li
            key={item.id}
            draggable
            onDragStart={(e) => {
              setDragging(index)
              e.dataTransfer.effectAllowed = "move"
              e.dataTransfer.setData("text/plain", item.id)
            }}
            onDragOver={(e) => {
              if (dragging === null) return
              e.preventDefault()
              e.dataTransfer.dropEffect = "move"
            }}
            onDrop={(e) => {
              e.preventDefault()
              if (dragging !== null) move(dragging, index)
              setDragging(null)
            }}
            onDragEnd={() => setDragging(null)}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return
              e.preventDefault()
              const dir = e.key === "ArrowUp" ? "up" : "down"
              move(index, dir === "up" ? index - 1 : index + 1, dir)
            }}
            className={`bg-ui-bg-base shadow-borders-base flex items-center gap-x-3 rounded-md px-3 py-2 ${dragging === index ? "opacity-50" : ""}`}
          >
            <DotsSix className="text-ui-fg-muted shrink-0 cursor-grab" aria-hidden />
            <Text size="small" className="text-ui-fg-subtle w-6 shrink-0 text-right tabular-nums" aria-hidden>
              {index + 1}
            </Text>
            <div className="min-w-0 flex-1">
              <Text size="small" weight="plus" className="truncate" lang={item.lang}>
                {item.label}
              </Text>
              {item.detail && (
                <Text size="xsmall" className="text-ui-fg-subtle truncate">
                  {item.detail}
                </Text>
              )}
            </div>
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              ref={(el) => {
                buttons.current.set(`${item.id}:up`, el)
              }}
              aria-label={t("helpdesk.kb.arrange.moveUp", { title: item.label })}
              aria-keyshortcuts="Alt+ArrowUp"
              disabled={index === 0}
              onClick={() => move(index, index - 1, "up")}
            >
              <ArrowUpMini />
            </IconButton>
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              ref={(el) => {
                buttons.current.set(`${item.id}:down`, el)
              }}
              aria-label={t("helpdesk.kb.arrange.moveDown", { title: item.label })}
              aria-keyshortcuts="Alt+ArrowDown"
              disabled={index === items.length - 1}
              onClick={() => move(index, index + 1, "down")}
            >
              <ArrowDownMini />
            </IconButton>
          </li>
        ))}
      </ol>
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </>
  )
}
