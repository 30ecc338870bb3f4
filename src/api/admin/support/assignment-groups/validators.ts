import { z } from "@medusajs/framework/zod"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { ASSIGNMENT_STRATEGIES } from "../../../../modules/helpdesk/models/support-assignment-group"
import { id, paginationParams } from "../../../utils/schemas"

const name = safeText({ min: 1, max: 100, trim: true })
const member_ids = z.array(id).max(100)
const strategy = z.enum(ASSIGNMENT_STRATEGIES)

export const AdminListAssignmentGroups = z.object({ ...paginationParams }).strict()
export type AdminListAssignmentGroupsType = z.infer<typeof AdminListAssignmentGroups>

export const AdminCreateAssignmentGroup = z.object({ name, member_ids, strategy: strategy.optional() }).strict()
export type AdminCreateAssignmentGroupType = z.infer<typeof AdminCreateAssignmentGroup>

export const AdminUpdateAssignmentGroup = z
  .object({ name: name.optional(), member_ids: member_ids.optional(), strategy: strategy.optional() })
  .strict()
export type AdminUpdateAssignmentGroupType = z.infer<typeof AdminUpdateAssignmentGroup>
