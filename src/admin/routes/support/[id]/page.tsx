import { Skeleton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/states"
import { Composer } from "../../../components/ticket/composer"
import { CustomerSidebar } from "../../../components/ticket/customer-sidebar"
import { Thread } from "../../../components/ticket/thread"
import { TicketProperties } from "../../../components/ticket/ticket-properties"
import { SlaClocks } from "../../../components/sla/sla-clocks"
import { MergeTickets } from "../../../components/ticket/merge-tickets"
import { LogCall } from "../../../components/ticket/log-call"
import { OrderActionsSection } from "../../../components/ticket/order-actions-section"
import { ReportedItems } from "../../../components/ticket/reported-items"
import { useTicket, useTicketContext } from "../../../hooks/tickets"

/**
 * One ticket: thread and composer on the left, properties and the customer on the right.
 * Loads with a fixed number of requests: the ticket, its context (with the order-actions view), the
 * admin users, and the canned replies only when the picker opens.
 */
const TicketPage = () => {
  const { id } = useParams() as { id: string }
  const { t } = useTranslation()
  const ticket = useTicket(id)
  const context = useTicketContext(id)
  const refresh = () => {
    ticket.refetch()
    context.refetch()
  }

  if (ticket.isLoading) return <LoadingState />
  if (ticket.isError || !ticket.data) {
    const notFound = (ticket.error as { status?: number } | null)?.status === 404
    return <ErrorState label={t(notFound ? "helpdesk.ticket.notFound" : "helpdesk.ticket.loadError")} onRetry={notFound ? undefined : refresh} />
  }
  const current = ticket.data
  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start" data-testid="helpdesk-ticket-page">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <Thread ticket={current} />
        <Composer key={current.id} ticket={current} onStale={refresh} orderActions={context.data?.order_actions ?? null} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <TicketProperties ticket={current} onStale={refresh} />
        <SlaClocks ticket={current} />
        <ReportedItems ticket={current} />
        {current.status !== "closed" && <MergeTickets ticket={current} />}
        {current.status !== "closed" && <LogCall ticket={current} />}
        {context.data?.order_actions && <OrderActionsSection ticket={current} view={context.data.order_actions} />}
        {context.data ? (
          <CustomerSidebar ticket={current} context={context.data} />
        ) : context.isError ? (
          <ErrorState onRetry={() => context.refetch()} />
        ) : (
          <Skeleton className="h-64 w-full" />
        )}
      </div>
    </div>
  )
}

export default TicketPage
