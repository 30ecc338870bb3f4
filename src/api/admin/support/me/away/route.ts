import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isAway } from "../../../../../modules/helpdesk/domain/assignment/assignment"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { setAgentAwayWorkflow } from "../../../../../workflows/assignment"
import { AdminSetAwayType } from "./validators"

async function present(req: AuthenticatedMedusaRequest, userId: string) {
  const [row] = await req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listSupportAgentPresences({ id: userId }, { take: 1 })
  return {
    user_id: userId,
    // Past its return date an agent is back, whatever the row says.
    away: row ? isAway({ user_id: userId, away: row.away, away_until: row.away_until }, new Date()) : false,
    until: row?.away ? row.away_until ?? null : null,
    delegate_id: row?.delegate_id ?? null,
  }
}

/** The signed-in agent's away status. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ away: await present(req, req.auth_context.actor_id) })
}

/** `{ away, until?, delegate_id? }`: the signed-in agent marks themselves away or back. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetAwayType>, res: MedusaResponse) => {
  const userId = req.auth_context.actor_id
  await setAgentAwayWorkflow(req.scope).run({ input: { user_id: userId, ...req.validatedBody } })
  res.json({ away: await present(req, userId) })
}
