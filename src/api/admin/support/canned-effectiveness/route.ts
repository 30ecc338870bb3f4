import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EffectivenessOrder, presentEffectiveness } from "../../../../modules/helpdesk/domain/canned-effectiveness"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { loadCannedEffectivenessSettings } from "../../../../workflows/canned-effectiveness/settings"
import { AdminListCannedEffectivenessType } from "./validators"

const DAY = 86_400_000

/** Each canned reply's uses and outcomes in the period, counted in SQL, with its automation marker. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCannedEffectivenessType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminListCannedEffectivenessType
  const to = query.to ?? new Date()
  const from = query.from ?? new Date(to.getTime() - 30 * DAY)
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [thresholds, page] = await Promise.all([
    loadCannedEffectivenessSettings(req.scope),
    helpdesk.cannedReplyEffectiveness({ from, to, limit: query.limit, offset: query.offset, order: query.order as EffectivenessOrder }),
  ])
  res.json({
    canned_replies: page.rows.map((row) => presentEffectiveness(row, thresholds)),
    thresholds,
    from: from.toISOString(),
    to: to.toISOString(),
    count: page.count,
    limit: query.limit,
    offset: query.offset,
  })
}
