import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const loadHeldMailStepId = "load-support-held-mail"

/** A held mail, 404 when there is none; with `content`, its stored bytes as base64. */
export const loadHeldMailStep = createStep(
  loadHeldMailStepId,
  async (input: { id: string; content?: boolean }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [held] = await helpdesk.listSupportHeldMails({ id: input.id }, { take: 1 })
    if (!held) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Held mail with id: ${input.id} was not found`)
    let content_base64: string | null = null
    if (input.content) {
      const chunks: Buffer[] = []
      for await (const chunk of await container.resolve(Modules.FILE).getDownloadStream(held.file_id)) {
        chunks.push(Buffer.from(chunk))
      }
      content_base64 = Buffer.concat(chunks).toString("base64")
    }
    return new StepResponse({ held, content_base64 })
  }
)
