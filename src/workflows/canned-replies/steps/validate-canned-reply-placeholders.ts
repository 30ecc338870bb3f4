import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findUnknownPlaceholders } from "../../../modules/helpdesk/domain/placeholders"

export const validateCannedReplyPlaceholdersStepId = "validate-support-canned-reply-placeholders"

/** Bodies may use only the documented placeholders (domain/placeholders.ts). */
export const validateCannedReplyPlaceholdersStep = createStep(
  validateCannedReplyPlaceholdersStepId,
  async (bodies: (string | null | undefined)[]) => {
    const unknown = [...new Set(bodies.flatMap((body) => (body ? findUnknownPlaceholders(body) : [])))]
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown placeholders: ${unknown.join(", ")}. Use only the documented placeholders, e.g. {{customer.first_name | "there"}}`
      )
    }
    return new StepResponse(null)
  }
)
