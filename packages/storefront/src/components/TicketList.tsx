import type { Ticket } from "../types.js"
import { cx, formatDateFor, href, setup, type CommonProps } from "./shared.js"

export type TicketListProps = CommonProps & { tickets: Ticket[] }

/** "My tickets": the signed-in customer's tickets, newest activity first. No client JavaScript. */
export function TicketList(props: TicketListProps) {
  const { t, paths, lang } = setup(props)
  return (
    <div className={cx("mhd", "mhd-tickets", props.className)} lang={lang}>
      <h1 className="mhd-title">{t("tickets.title")}</h1>
      {props.tickets.length === 0 ? (
        <p className="mhd-muted">{t("tickets.empty")}</p>
      ) : (
        <ul className="mhd-ticket-list">
          {props.tickets.map((ticket) => (
            <li key={ticket.id} className="mhd-ticket-row">
              <a className="mhd-link mhd-ticket-subject" href={href(paths.ticket, { id: ticket.id })} data-mhd-route="ticket" dir="auto">
                {ticket.subject}
              </a>
              <span className="mhd-muted mhd-small">{t("tickets.number", { number: ticket.display_id })}</span>
              <StatusBadge status={ticket.status} label={t(`status.${ticket.status}`)} />
              <span className="mhd-muted mhd-small">
                {t("tickets.updated", { date: formatDateFor(ticket.updated_at, props) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mhd-actions">
        <a className="mhd-button mhd-button-primary" href={paths.contact} data-mhd-route="contact">
          {t("help.contact")}
        </a>
      </p>
    </div>
  )
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={cx("mhd-badge", `mhd-badge-${status}`)}>{label}</span>
}
