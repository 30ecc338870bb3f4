import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { parsePrioritySettings, PRIORITY_SETTING, PrioritySettings } from "../../modules/helpdesk/domain/priority"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The `priority` settings section as stored (defaults when it never was). */
export async function loadPrioritySettings(scope: { resolve: (key: string) => any }): Promise<PrioritySettings> {
  const helpdesk = scope.resolve(HELPDESK_MODULE) as HelpdeskModuleService
  const [row] = await helpdesk.listSupportSettings({ id: PRIORITY_SETTING }, { take: 1 })
  return parsePrioritySettings(row?.value)
}
