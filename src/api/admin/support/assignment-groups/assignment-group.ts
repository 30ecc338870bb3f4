import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

/** A group as the admin API shows it (the round-robin counter is internal). */
export function presentAssignmentGroup(row: Record<string, any>) {
  return {
    id: row.id,
    name: row.name,
    member_ids: row.member_ids ?? [],
    strategy: row.strategy,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export async function retrieveAssignmentGroup(scope: Pick<MedusaContainer, "resolve">, id: string) {
  const [group] = await scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listSupportAssignmentGroups({ id }, { take: 1 })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Assignment group with id: ${id} was not found`)
  return presentAssignmentGroup(group)
}
