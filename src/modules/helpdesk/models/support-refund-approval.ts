import { model } from "@medusajs/framework/utils"

/**
 * A refund above the approval limit (Settings -> Support -> Order actions), waiting for a second
 * agent. Deciding is one conditional UPDATE (status 'pending' -> approved/rejected, and never by
 * the agent who asked), so two agents approving at once run the refund once.
 */
const SupportRefundApproval = model
  .define("support_refund_approval", {
    id: model.id({ prefix: "suprefap" }).primaryKey(),
    ticket_id: model.text(),
    order_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    note: model.text().nullable(),
    requested_by: model.text(),
    requested_by_name: model.text().nullable(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["ticket_id", "status"], where: "deleted_at IS NULL" }])

export default SupportRefundApproval
