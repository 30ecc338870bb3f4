import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useMergeTickets } from "../../hooks/tickets"
import { AdminTicket } from "../../lib/types"
import { errorMessage } from "../common/states"

/**
 * Merges other tickets of the requester into this one. A refusal (another requester, a less
 * verified target) is shown with the server's reason, inline and in the toast.
 */
export const MergeTickets = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const merge = useMergeTickets(ticket.id)
  const [ids, setIds] = useState("")
  const [error, setError] = useState<string | null>(null)
  const list = [...new Set(ids.split(",").map((s) => s.trim()).filter(Boolean))]

  const submit = async () => {
    setError(null)
    try {
      await merge.mutateAsync(list)
      setIds("")
      toast.success(t("helpdesk.ticket.merged"))
    } catch (err) {
      setError(errorMessage(err))
      toast.error(t("helpdesk.ticket.mergeFailed"), { description: errorMessage(err) })
    }
  }

  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="helpdesk-merge">
      <Heading level="h2">{t("helpdesk.ticket.merge")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.ticket.mergeHint")}</Text>
      <Input size="small" value={ids} onChange={(e) => setIds(e.target.value)} placeholder="supt_…" aria-label={t("helpdesk.ticket.merge")} />
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="helpdesk-merge-error">{error}</Text>
      )}
      <Button size="small" variant="secondary" disabled={!list.length} isLoading={merge.isPending} onClick={submit}>
        {t("helpdesk.ticket.mergeAction")}
      </Button>
    </Container>
  )
}
