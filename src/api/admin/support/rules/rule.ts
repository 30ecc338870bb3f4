import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

const FIELDS = ["id", "name", "description", "trigger", "conditions", "actions", "idle_hours", "idle_status", "position", "enabled", "created_at", "updated_at"] as const

/** A rule as the admin API shows it: its own columns, nothing else. */
export function presentRule(row: Record<string, any>) {
  return Object.fromEntries(FIELDS.map((k) => [k, row[k] ?? null]))
}

export async function retrieveRule(scope: Pick<MedusaContainer, "resolve">, id: string) {
  const [rule] = await scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listSupportRules({ id }, { take: 1 })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rule with id: ${id} was not found`)
  return presentRule(rule)
}
