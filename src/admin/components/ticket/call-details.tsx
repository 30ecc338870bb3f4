import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/format"
import { AdminMessage } from "../../lib/types"

type CallbackMeta = { phone?: string; window_start?: string; window_end?: string }
type CallMeta = { outcome?: string; duration_seconds?: number | null; notes?: string | null }

/**
 * What a `phone` message holds for agents only (message metadata, never sent to the shopper):
 * the number and window of a callback request, or the outcome, duration and notes of a call.
 */
export const CallDetails = ({ message }: { message: AdminMessage }) => {
  const { t } = useTranslation()
  const meta = (message.metadata ?? {}) as { callback?: CallbackMeta; call?: CallMeta }
  if (message.channel !== "phone" || (!meta.callback && !meta.call)) return null
  if (meta.callback) {
    const { phone, window_start, window_end } = meta.callback
    return (
      <dl className="bg-ui-bg-subtle mt-2 grid grid-cols-[auto_1fr] gap-x-3 rounded-md px-3 py-2" data-testid="helpdesk-callback-details">
        <dt><Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.calls.phone")}</Text></dt>
        <dd><Text size="small">{phone ? <a href={`tel:${phone}`} className="text-ui-fg-interactive">{phone}</a> : t("helpdesk.calls.none")}</Text></dd>
        <dt><Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.calls.callback")}</Text></dt>
        <dd><Text size="small">{t("helpdesk.calls.window", { start: formatDateTime(window_start), end: formatDateTime(window_end) })}</Text></dd>
      </dl>
    )
  }
  const { outcome, duration_seconds, notes } = meta.call!
  return (
    <dl className="bg-ui-bg-subtle mt-2 grid grid-cols-[auto_1fr] gap-x-3 rounded-md px-3 py-2" data-testid="helpdesk-call-details">
      <dt><Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.calls.outcome")}</Text></dt>
      <dd><Text size="small">{outcome ? t(`helpdesk.calls.outcomes.${outcome}`, { defaultValue: outcome }) : t("helpdesk.calls.none")}</Text></dd>
      <dt><Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.calls.duration")}</Text></dt>
      <dd><Text size="small">
        {duration_seconds ? t("helpdesk.calls.minutes", { count: Math.max(1, Math.round(duration_seconds / 60)) }) : t("helpdesk.calls.none")}
      </Text></dd>
      {notes && (
        <>
          <dt><Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.calls.notes")}</Text></dt>
          <dd data-testid="helpdesk-call-notes-shown"><Text size="small" className="whitespace-pre-wrap break-words">{notes}</Text></dd>
        </>
      )}
    </dl>
  )
}
