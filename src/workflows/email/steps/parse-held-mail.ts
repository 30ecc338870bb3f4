import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inboundFromMime, inboundFromPostmark } from "../../../modules/helpdesk/domain/email/inbound"
import { HeldMailFormat } from "../../../modules/helpdesk/domain/email/inbound/held"
import { inboundContext } from "../inbound-context"
import { receiveInputFor } from "../inbound-input"
import { storedInboundMessage } from "../stored-mail"

export const parseHeldMailStepId = "parse-support-held-mail"

/** A held mail's file read back into the receive workflow's input; `stored` when it already is. */
export const parseHeldMailStep = createStep(
  parseHeldMailStepId,
  async (input: { format: HeldMailFormat; content_base64: string }, { container }) => {
    const raw = Buffer.from(input.content_base64, "base64")
    const ctx = inboundContext(container)
    const mail =
      input.format === "mime" ? await inboundFromMime(raw, ctx) : await inboundFromPostmark(JSON.parse(raw.toString("utf8")), ctx)
    const stored = await storedInboundMessage(container, mail.message_id)
    return new StepResponse({ receive: receiveInputFor(mail), stored })
  }
)
