import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { createAssignmentGroupWorkflow } from "../../../../workflows/assignment"
import { presentAssignmentGroup, retrieveAssignmentGroup } from "./assignment-group"
import { AdminCreateAssignmentGroupType, AdminListAssignmentGroupsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListAssignmentGroupsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminListAssignmentGroupsType
  const [rows, count] = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listAndCountSupportAssignmentGroups({}, { take: limit, skip: offset, order: { name: "ASC", id: "ASC" } })
  res.json({ assignment_groups: rows.map(presentAssignmentGroup), count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAssignmentGroupType>, res: MedusaResponse) => {
  const { result } = await createAssignmentGroupWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ assignment_group: await retrieveAssignmentGroup(req.scope, result.id) })
}
