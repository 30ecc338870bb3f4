import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteAssignmentGroupsWorkflow, updateAssignmentGroupWorkflow } from "../../../../../workflows/assignment"
import { retrieveAssignmentGroup } from "../assignment-group"
import { AdminUpdateAssignmentGroupType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ assignment_group: await retrieveAssignmentGroup(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateAssignmentGroupType>, res: MedusaResponse) => {
  await updateAssignmentGroupWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ assignment_group: await retrieveAssignmentGroup(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveAssignmentGroup(req.scope, req.params.id)
  await deleteAssignmentGroupsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "assignment_group", deleted: true })
}
