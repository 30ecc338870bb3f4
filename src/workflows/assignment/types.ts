export type AssignmentGroupInput = {
  name: string
  member_ids: string[]
  strategy?: "round_robin" | "fewest_open"
}
export type CreateAssignmentGroupWorkflowInput = AssignmentGroupInput
export type UpdateAssignmentGroupWorkflowInput = { id: string; update: Partial<AssignmentGroupInput> }
export type DeleteAssignmentGroupsWorkflowInput = { ids: string[] }

export type SetAgentAwayWorkflowInput = {
  user_id: string
  away: boolean
  /** Back on this date: away ends by itself then. */
  until?: Date | string | null
  /** Tickets assigned to this agent while away go to the delegate. */
  delegate_id?: string | null
}
