import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk/domain/constants"
import { withRates } from "../../../../../modules/helpdesk/domain/surveys/results-query"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { AdminSurveyResultsType } from "../validators"

const DAY = 86_400_000

/** Survey results per agent (assignee at solve) and per canned reply used, counted in SQL. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminSurveyResultsType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminSurveyResultsType
  const to = query.to ?? new Date()
  const from = query.from ?? new Date(to.getTime() - 30 * DAY)
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const results = await helpdesk.surveyResults(from, to)
  const agentIds = results.byAgent.map((r) => r.assignee_id).filter((id): id is string => !!id)
  const users = agentIds.length
    ? await req.scope.resolve(Modules.USER).listUsers({ id: agentIds }, { select: ["id", "first_name", "last_name", "email"] })
    : []
  const byId = new Map(users.map((u) => [u.id, u]))
  res.json({
    results: {
      from: from.toISOString(),
      to: to.toISOString(),
      totals: withRates(results.totals),
      by_agent: results.byAgent.map((r) => {
        const user = r.assignee_id ? byId.get(r.assignee_id) : undefined
        const name = user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : null
        return { ...withRates(r), assignee_id: r.assignee_id, name }
      }),
      by_canned_reply: results.byCannedReply.map((r) => ({ ...withRates(r), canned_reply_id: r.canned_reply_id, title: r.title })),
    },
  })
}
