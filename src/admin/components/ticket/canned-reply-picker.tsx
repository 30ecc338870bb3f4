import { ChatBubble } from "@medusajs/icons"
import { Button, Input, Kbd, Popover, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useCannedReplies } from "../../hooks/canned-replies"
import { CannedReply } from "../../lib/types"

/** Search canned replies by title, body or shortcut; picking one hands it to the composer. */
export const CannedReplyPicker = ({ onPick }: { onPick: (reply: CannedReply) => void }) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState("")
  // Fetched only once the picker opens: the ticket page does not pay for it up front.
  const { data, isLoading } = useCannedReplies({ q: q.trim(), limit: 20, offset: 0 }, open)

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <Button type="button" size="small" variant="secondary" data-testid="helpdesk-canned-picker">
          <ChatBubble />
          {t("helpdesk.composer.canned")}
        </Button>
      </Popover.Trigger>
      <Popover.Content className="w-[360px] p-2" align="start">
        <Input
          size="small"
          autoFocus
          type="search"
          placeholder={t("helpdesk.composer.cannedSearch")}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <ul className="mt-2 max-h-72 overflow-y-auto">
          {isLoading && <Text size="small" className="text-ui-fg-subtle p-2">{t("helpdesk.states.loading")}</Text>}
          {data?.canned_replies.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle p-2">{t("helpdesk.composer.cannedEmpty")}</Text>
          )}
          {data?.canned_replies.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="hover:bg-ui-bg-base-hover flex w-full flex-col items-start rounded-md px-2 py-1.5 text-left"
                onClick={() => {
                  setOpen(false)
                  onPick(r)
                }}
              >
                <span className="flex w-full items-center justify-between gap-x-2">
                  <Text size="small" weight="plus" className="truncate">{r.title}</Text>
                  {r.shortcut && <Kbd>/{r.shortcut}</Kbd>}
                </span>
                <Text size="xsmall" className="text-ui-fg-subtle line-clamp-1">{r.body}</Text>
              </button>
            </li>
          ))}
        </ul>
      </Popover.Content>
    </Popover>
  )
}
