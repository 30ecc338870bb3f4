import type { CannedReplyAction } from "../../modules/helpdesk/domain/order-actions/canned-action"

/** What an agent writes; usage_count is kept by the helpdesk. */
export type CannedReplyData = {
  title: string
  body: string
  shortcut?: string | null
  category?: string | null
  locale?: string | null
  /** Offered to shoppers in GET /store/support/suggestions. */
  public?: boolean
  /** An order action offered with the reply, run only after the agent confirms it; null for none. */
  action?: CannedReplyAction | null
}

export type CreateCannedRepliesWorkflowInput = { canned_replies: CannedReplyData[] }

export type UpdateCannedRepliesWorkflowInput = { id: string; update: Partial<CannedReplyData> }

export type DeleteCannedRepliesWorkflowInput = { ids: string[] }
