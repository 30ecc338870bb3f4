import { LockClosedSolid, PaperClip } from "@medusajs/icons"
import { Badge, Button, clx, Container, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { downloadAttachment, useAttachmentPreview } from "../../hooks/attachments"
import { useEarlierMessages } from "../../hooks/tickets"
import { formatDateTime, timeZone } from "../../lib/format"
import { AdminAttachment, AdminMessage, AdminTicket } from "../../lib/types"
import { SurveyResponse } from "../../lib/survey-types"
import { errorMessage } from "../common/states"
import { CallDetails } from "./call-details"
import { IdentityBadge, PriorityBadge, TicketStatusBadge } from "../common/ticket-badges"

const bytes = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`)

const AttachmentItem = ({ attachment: a }: { attachment: AdminAttachment }) => {
  const { t } = useTranslation()
  const preview = useAttachmentPreview(a)
  const label = <span>{a.filename} · {bytes(a.size)}</span>
  const linkClass = "txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover flex items-center gap-x-1"
  // Images open from their already-loaded blob; anything else is saved, never opened in the admin.
  return preview ? (
    <a href={preview} target="_blank" rel="noreferrer noopener" className={linkClass} data-testid="helpdesk-attachment">
      <img src={preview} alt={a.filename} className="h-20 max-w-[160px] rounded-md object-cover shadow-borders-base" />
      {label}
    </a>
  ) : (
    <button
      type="button"
      className={linkClass}
      data-testid="helpdesk-attachment"
      onClick={() => downloadAttachment(a).catch((err) => toast.error(t("helpdesk.attachments.downloadFailed"), { description: errorMessage(err) }))}
    >
      <PaperClip />
      {label}
    </button>
  )
}

const Attachments = ({ message }: { message: AdminMessage }) =>
  message.attachments?.length ? (
    <ul className="mt-2 flex flex-wrap gap-2">
      {message.attachments.map((a) => (
        <li key={a.id}>
          <AttachmentItem attachment={a} />
        </li>
      ))}
    </ul>
  ) : null

const Message = ({ message }: { message: AdminMessage }) => {
  const { t } = useTranslation()
  if (message.author_type === "system") {
    return (
      <li className="flex justify-center" data-testid="helpdesk-message-system">
        <Text size="xsmall" className="text-ui-fg-muted">
          {message.body}
          {message.author_name ? ` · ${message.author_name}` : ""} · {formatDateTime(message.created_at)}
        </Text>
      </li>
    )
  }
  const fromCustomer = message.author_type === "customer"
  return (
    <li
      className={clx("flex", fromCustomer ? "justify-start" : "justify-end")}
      data-testid={message.internal ? "helpdesk-message-internal" : `helpdesk-message-${message.author_type}`}
    >
      <div
        className={clx("max-w-[85%] rounded-lg px-4 py-3 shadow-borders-base", {
          "bg-ui-bg-base": fromCustomer,
          "bg-ui-bg-highlight": !fromCustomer && !message.internal,
          "bg-ui-tag-orange-bg border-ui-tag-orange-border border border-dashed": message.internal,
        })}
      >
        <div className="mb-1 flex items-center gap-x-2">
          {message.internal && <LockClosedSolid className="text-ui-tag-orange-icon" />}
          <Text size="small" weight="plus">
            {message.author_name || (fromCustomer ? t("helpdesk.customer.title") : t("helpdesk.ticket.system"))}
          </Text>
          {message.internal && (
            <Text size="xsmall" className="text-ui-tag-orange-text">{t("helpdesk.ticket.internalNote")}</Text>
          )}
          <Text size="xsmall" className="text-ui-fg-muted" title={timeZone()}>
            {formatDateTime(message.created_at)}
          </Text>
          {message.channel && message.channel !== "web" && (
            <Text size="xsmall" className="text-ui-fg-muted">· {t(`helpdesk.channel.${message.channel}`, { defaultValue: message.channel })}</Text>
          )}
          <DeliveryBadge delivery={message.delivery} />
        </div>
        <Text size="small" className="whitespace-pre-wrap break-words">{message.body}</Text>
        <CallDetails message={message} />
        <Attachments message={message} />
      </div>
    </li>
  )
}

const DELIVERY_COLORS = { pending: "orange", sent: "green", failed: "red", suppressed: "grey" } as const

/** The state of the mail sent about a message, with the last error on hover. */
const DeliveryBadge = ({ delivery }: { delivery?: AdminMessage["delivery"] }) => {
  const { t } = useTranslation()
  if (!delivery) return null
  const title = [t("helpdesk.delivery.attempts", { count: delivery.attempts }), delivery.last_error].filter(Boolean).join(" · ")
  return (
    <Badge
      size="2xsmall"
      color={DELIVERY_COLORS[delivery.status]}
      title={title}
      data-testid="helpdesk-message-delivery"
    >
      {t(`helpdesk.delivery.${delivery.status}`)}
    </Badge>
  )
}

/**
 * The thread starts with the ticket's newest page; "Load earlier messages" fetches the pages
 * before it, one at a time.
 */
const Messages = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const earlier = useEarlierMessages(ticket)
  const pages = earlier.data?.pages ?? []
  const older = [...pages].reverse().flatMap((p) => p.messages)
  const messages = [...older, ...(ticket.messages ?? [])]
  const more = pages.length ? earlier.hasNextPage : !!ticket.has_earlier_messages
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {more && (
        <div className="flex items-center justify-center gap-x-3">
          <Button
            size="small"
            variant="secondary"
            isLoading={earlier.isFetching}
            onClick={() => earlier.fetchNextPage()}
            data-testid="helpdesk-thread-load-earlier"
          >
            {earlier.isFetching ? t("helpdesk.ticket.loadingEarlier") : t("helpdesk.ticket.loadEarlier")}
          </Button>
          {ticket.messages_count !== undefined && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("helpdesk.ticket.shownOf", { shown: messages.length, total: ticket.messages_count })}
            </Text>
          )}
        </div>
      )}
      {earlier.isError && (
        <Text size="small" className="text-ui-fg-error text-center">{t("helpdesk.ticket.loadEarlierFailed")}</Text>
      )}
      <ol className="flex flex-col gap-y-4" data-testid="helpdesk-thread">
        {messages.map((m) => (
          <Message key={m.id} message={m} />
        ))}
      </ol>
    </div>
  )
}

/** The ticket's header and conversation: customer, agents, internal notes and system lines. */
export const Thread = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  return (
  <Container className="divide-y p-0">
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-start justify-between gap-x-4">
        <Heading data-testid="helpdesk-ticket-subject">
          #{ticket.display_id} {ticket.subject}
        </Heading>
        <div className="flex shrink-0 items-center gap-x-2">
          <PriorityBadge priority={ticket.priority} />
          <TicketStatusBadge status={ticket.status} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" className="text-ui-fg-subtle">
          {ticket.name || ticket.email} {ticket.name && ticket.email ? `<${ticket.email}>` : ""} · {t(`helpdesk.channel.${ticket.channel}`, { defaultValue: ticket.channel })}
        </Text>
        <IdentityBadge identity={ticket.identity} />
        {ticket.survey_response ? (
          <SurveyAnswer response={ticket.survey_response} />
        ) : (
          ticket.rating && <Text size="small">{t("helpdesk.ticket.rating", { score: ticket.rating.score })}</Text>
        )}
      </div>
      {!!ticket.email_deliveries?.length && (
        <div className="flex flex-wrap items-center gap-2" data-testid="helpdesk-ticket-mail">
          {ticket.email_deliveries.map((d, i) => (
            <span key={i} className="flex items-center gap-x-1">
              <Text size="xsmall" className="text-ui-fg-muted">{t(`helpdesk.email.kinds.${d.kind}`, { defaultValue: d.kind })}:</Text>
              <DeliveryBadge delivery={d} />
            </span>
          ))}
        </div>
      )}
    </div>
    <Messages key={ticket.id} ticket={ticket} />
  </Container>
  )
}

/** The shopper's survey answer beside the requester: yes/no or n/5, with their comment. */
const SurveyAnswer = ({ response }: { response: SurveyResponse }) => {
  const { t } = useTranslation()
  const label =
    response.scale === "yes_no"
      ? t(response.answer === "yes" ? "helpdesk.survey.ticket.answeredYes" : "helpdesk.survey.ticket.answeredNo")
      : t("helpdesk.survey.ticket.answeredScore", { score: response.score })
  return (
    <span className="flex items-center gap-x-1" data-testid="helpdesk-ticket-survey">
      <Badge size="2xsmall" color={response.positive ? "green" : "orange"}>{label}</Badge>
      {response.comment && (
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.survey.ticket.comment", { comment: response.comment })}</Text>
      )}
    </span>
  )
}
