import { Button, Container, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { CALL_OUTCOMES, CallOutcome, useLogCall } from "../../hooks/calls"
import { AdminTicket } from "../../lib/types"
import { errorMessage } from "../common/states"

/** "Log a call" on the ticket page: outcome, duration and notes (agents only), as a `phone` message. */
export const LogCall = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const logCall = useLogCall(ticket.id)
  const [outcome, setOutcome] = useState<CallOutcome>("reached")
  const [minutes, setMinutes] = useState("")
  const [notes, setNotes] = useState("")
  const requested = ticket.tags.includes("callback-requested")

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const duration = minutes.trim() ? Math.round(Number(minutes) * 60) : undefined
    logCall.mutate(
      { outcome, ...(duration !== undefined && Number.isFinite(duration) ? { duration_seconds: duration } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) },
      {
        onSuccess: () => {
          toast.success(t("helpdesk.calls.logged"))
          setMinutes("")
          setNotes("")
        },
        onError: (err) => toast.error(t("helpdesk.calls.failed"), { description: errorMessage(err) }),
      }
    )
  }

  return (
    <Container className="p-0" data-testid="helpdesk-log-call">
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between gap-x-2">
          <Heading level="h2">{t("helpdesk.calls.title")}</Heading>
          {requested && (
            <Text size="xsmall" className="text-ui-tag-orange-text" data-testid="helpdesk-callback-pending">
              {t("helpdesk.calls.requested")}
            </Text>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.calls.hint")}</Text>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="helpdesk-call-outcome" size="small">{t("helpdesk.calls.outcome")}</Label>
          <Select value={outcome} onValueChange={(v) => setOutcome(v as CallOutcome)}>
            <Select.Trigger id="helpdesk-call-outcome" data-testid="helpdesk-call-outcome"><Select.Value /></Select.Trigger>
            <Select.Content>
              {CALL_OUTCOMES.map((o) => (
                <Select.Item key={o} value={o}>{t(`helpdesk.calls.outcomes.${o}`)}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="helpdesk-call-duration" size="small">{t("helpdesk.calls.duration")}</Label>
          <Input
            id="helpdesk-call-duration"
            data-testid="helpdesk-call-duration"
            type="number"
            min={0}
            max={1440}
            step={1}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="helpdesk-call-notes" size="small">{t("helpdesk.calls.notes")}</Label>
          <Textarea id="helpdesk-call-notes" data-testid="helpdesk-call-notes" value={notes} maxLength={5000} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={logCall.isPending} data-testid="helpdesk-call-submit">
            {t("helpdesk.calls.submit")}
          </Button>
        </div>
      </form>
    </Container>
  )
}
