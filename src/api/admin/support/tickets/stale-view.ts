import { MedusaResponse } from "@medusajs/framework/http"
import {
  isStaleViewError,
  STALE_VIEW_CODE,
  STALE_VIEW_MESSAGE,
} from "../../../../modules/helpdesk/domain/stale-view"

/**
 * Runs a write that may be refused for a stale view. Medusa answers every conflict with a generic
 * "retry with the Idempotency-Key" message, which is wrong advice here, so this 409 is our own.
 * Returns false when the response was sent.
 */
export async function unlessStaleView(res: MedusaResponse, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write()
    return true
  } catch (err) {
    if (!isStaleViewError(err)) throw err
    res.status(409).json({ type: "conflict", code: STALE_VIEW_CODE, message: STALE_VIEW_MESSAGE })
    return false
  }
}
