// Example host file: src/workflows/hooks/helpdesk.ts in a Medusa app that installed the plugin.
// Each handler receives the hook's payload; what it returns as the second StepResponse argument is
// given to its compensation if the workflow fails later.
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addTicketMessageWorkflow,
  createTicketWorkflow,
  updateTicketWorkflow,
} from "medusa-plugin-helpdesk/workflows"

// Refuse tickets a host rule does not accept: the creation is rolled back and the caller gets 400.
createTicketWorkflow.hooks.ticketCreated(async ({ ticket, additional_data }) => {
  if (additional_data?.source === "kiosk" && !ticket.order_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Kiosk tickets need an order")
  }
})

// Mirror public replies into a CRM, and take the mirror back if the reply is rolled back.
addTicketMessageWorkflow.hooks.messageCreated(
  async ({ ticket, message, additional_data }, { container }) => {
    if (message.internal || !additional_data?.crm_thread) return
    const crm = container.resolve<{ post(thread: string, body: string): Promise<string> }>("crm")
    const postId = await crm.post(String(additional_data.crm_thread), message.body)
    return new StepResponse(undefined, { postId, ticketId: ticket.id })
  },
  async (posted, { container }) => {
    if (!posted) return
    await container.resolve<{ remove(id: string): Promise<void> }>("crm").remove(posted.postId)
  }
)

updateTicketWorkflow.hooks.ticketUpdated(async ({ ticket, additional_data }, { container }) => {
  if (additional_data?.audit) container.resolve("logger").info(`ticket ${ticket.id} updated: ${JSON.stringify(additional_data.audit)}`)
})
