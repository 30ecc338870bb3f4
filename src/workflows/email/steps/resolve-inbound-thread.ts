import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { referencedIds } from "../../../modules/helpdesk/domain/email/message-id"
import { ticketIdFromAddresses } from "../../../modules/helpdesk/domain/email/reply-address"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { mergeChain } from "../../tickets/merge-chain"
import { emailSigningSecret } from "../signing-secret"

export type InboundThread = {
  /** The ticket the mail is appended to (the surviving one of a merge), or null: a new ticket. */
  ticket_id: string | null
  /** A ticket the mail pointed at whose requester is not the sender (it opens a new ticket). */
  claimed_ticket_id: string | null
  /** The customer of the ticket appended to (the message's author id). */
  customer_id: string | null
  via: "reply_address" | "references" | null
}

export const resolveInboundThreadStepId = "resolve-support-inbound-thread"

/**
 * Which ticket an inbound mail belongs to: the signed reply address it was sent to, else the
 * first of our Message-IDs among In-Reply-To/References (a message's id names its ticket), else
 * none. It is appended only when the sender is that ticket's requester (the customer's email for
 * a customer's ticket), on the ticket and on the one it was merged into; anyone else opens a new
 * ticket, so a forged reply never lands on someone else's thread.
 */
export const resolveInboundThreadStep = createStep(
  resolveInboundThreadStepId,
  async (
    input: { from: string; addresses: string[]; in_reply_to: string | null; references: string[] },
    { container }
  ) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const options = helpdesk.getOptions().email
    const secret = emailSigningSecret(container)

    let claimed = ticketIdFromAddresses(secret, input.addresses, {
      localPart: options.replyLocalPart,
      domain: options.inboundDomain,
    })
    let via: InboundThread["via"] = claimed ? "reply_address" : null
    if (!claimed) {
      for (const ref of referencedIds(secret, { inReplyTo: input.in_reply_to ?? undefined, references: input.references })) {
        if (ref.id.startsWith("supmsg_")) {
          const [message] = await helpdesk.listSupportMessages({ id: ref.id }, { select: ["id", "ticket_id"], take: 1 })
          claimed = (message?.ticket_id as string | undefined) ?? null
        } else {
          claimed = ref.id
        }
        if (claimed) {
          via = "references"
          break
        }
      }
    }
    if (!claimed) return new StepResponse<InboundThread>({ ticket_id: null, claimed_ticket_id: null, customer_id: null, via: null })

    const chain = await mergeChain(helpdesk, claimed)
    if (!chain.length) return new StepResponse<InboundThread>({ ticket_id: null, claimed_ticket_id: null, customer_id: null, via: null })

    const customerIds = [...new Set(chain.map((t) => t.customer_id).filter((id): id is string => !!id))]
    const customers = customerIds.length
      ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerIds }, { select: ["id", "email"] })
      : []
    const sender = input.from.toLowerCase()
    const requesterIs = (t: (typeof chain)[number]) => {
      const email = t.customer_id ? customers.find((c) => c.id === t.customer_id)?.email : t.email
      return !!email && email.toLowerCase() === sender
    }
    const survivor = chain[chain.length - 1]
    return new StepResponse<InboundThread>(
      requesterIs(chain[0]) && requesterIs(survivor)
        ? { ticket_id: survivor.id, claimed_ticket_id: null, customer_id: survivor.customer_id ?? null, via }
        : { ticket_id: null, claimed_ticket_id: chain[0].id, customer_id: null, via }
    )
  }
)
