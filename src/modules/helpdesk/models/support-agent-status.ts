import { model } from "@medusajs/framework/utils"

/**
 * An agent's away status, one row per admin user (`id` = the user's id), kept in the helpdesk's
 * own table rather than in Medusa's user module.
 */
const SupportAgentStatus = model.define("support_agent_status", {
  id: model.text().primaryKey(),
  away: model.boolean().default(false),
  away_until: model.dateTime().nullable(),
  delegate_id: model.text().nullable(),
})

export default SupportAgentStatus
