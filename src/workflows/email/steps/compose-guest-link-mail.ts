import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAIL_TICKET_FIELDS, mailContext, MailTicket, shopperMail, storefrontLink } from "../compose"
import { EmailToRecord } from "./record-email-deliveries"

export const composeGuestLinkMailStepId = "compose-support-guest-link-mail"

/** One mail to the address, listing a private link per ticket; nothing the guest typed in it. */
export const composeGuestLinkMailStep = createStep(
  composeGuestLinkMailStepId,
  async (input: { rotated: { id: string; display_id: number; token: string }[] }, { container }) => {
    const ctx = await mailContext(container)
    if (!ctx || !input.rotated.length) return new StepResponse([] as EmailToRecord[])
    const [ticket] = await ctx.helpdesk.listSupportTickets({ id: input.rotated[0].id }, { select: MAIL_TICKET_FIELDS, take: 1 })
    const mail = await shopperMail(ctx, {
      ticket: { ...(ticket as MailTicket), identity: "unverified" },
      kind: "guest_link",
      message_id: null,
      // Each request is a new mail (its new token tells it apart).
      occurrence: input.rotated[0].token.slice(0, 16),
      agentActed: false,
      vars: { links: input.rotated.map((r) => ({ number: r.display_id, url: storefrontLink(ctx, r.id, r.token) })) },
    })
    return new StepResponse(mail ? [mail] : [])
  }
)
