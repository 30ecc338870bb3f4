import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ErrorState, errorMessage } from "../common/states"
import { useDeleteHeldMail, useHeldMails, useReleaseHeldMail } from "../../hooks/held-mail"
import { formatDateTime } from "../../lib/format"
import { HeldMail } from "../../lib/types"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<HeldMail>()

/**
 * Settings → Support → Email: inbound mail held because its sender went over the hourly limit
 * (a mail loop). Agents release a mail (stored on its ticket as if it had just arrived) or
 * delete it.
 */
export const HeldMailSection = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading, isError, refetch } = useHeldMails({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const release = useReleaseHeldMail()
  const remove = useDeleteHeldMail()
  const prompt = usePrompt()
  const navigate = useNavigate()
  const { t } = useTranslation()

  // Read through refs so the columns (and an open row menu) survive re-renders.
  const actions = useRef({ release: async (_m: HeldMail) => {}, remove: async (_m: HeldMail) => {} })
  actions.current.release = async (mail: HeldMail) => {
    try {
      const { released } = await release.mutateAsync(mail.id)
      toast.success(t("helpdesk.heldMail.released"), {
        action: { label: t("helpdesk.heldMail.openTicket"), altText: t("helpdesk.heldMail.openTicket"), onClick: () => navigate(`/support/${released.ticket_id}`) },
      })
    } catch (err) {
      toast.error(t("helpdesk.heldMail.releaseFailed"), { description: errorMessage(err) })
    }
  }
  actions.current.remove = async (mail: HeldMail) => {
    const confirmed = await prompt({
      title: t("helpdesk.heldMail.areYouSure"),
      description: t("helpdesk.heldMail.confirmDelete", { sender: mail.sender }),
      confirmText: t("helpdesk.heldMail.delete"),
      cancelText: t("helpdesk.heldMail.cancel"),
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(mail.id)
      toast.success(t("helpdesk.heldMail.deleted"))
    } catch (err) {
      toast.error(t("helpdesk.heldMail.deleteFailed"), { description: errorMessage(err) })
    }
  }

  const columns = useMemo(
    () => [
      column.accessor("sender", { header: t("helpdesk.heldMail.columns.sender") }),
      column.accessor("subject", {
        header: t("helpdesk.heldMail.columns.subject"),
        cell: ({ row }) => (
          <span className="flex items-center gap-x-2">
            <span className="truncate">{row.original.subject}</span>
            {row.original.auto && <Badge size="2xsmall">{t("helpdesk.heldMail.auto")}</Badge>}
          </span>
        ),
      }),
      column.accessor("reason", {
        header: t("helpdesk.heldMail.columns.reason"),
        cell: () => t("helpdesk.heldMail.reason.loop"),
      }),
      column.accessor("received_at", {
        header: t("helpdesk.heldMail.columns.received"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      column.action({
        actions: ({ row }) => [
          { label: t("helpdesk.heldMail.release"), onClick: () => actions.current.release(row.original) },
          { label: t("helpdesk.heldMail.delete"), onClick: () => actions.current.remove(row.original) },
        ],
      }),
    ],
    [t]
  )

  const table = useDataTable({
    columns,
    data: data?.held_mails ?? [],
    getRowId: (m) => m.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-held-mail">
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.heldMail.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.heldMail.subtitle")}</Text>
      </div>
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Table emptyState={{ empty: { heading: t("helpdesk.heldMail.empty"), description: t("helpdesk.heldMail.emptyHint") } }} />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}
