import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import {
  CANNED_EFFECTIVENESS_SETTING,
  CannedEffectivenessSettings,
  parseCannedEffectivenessSettings,
} from "../../modules/helpdesk/domain/canned-effectiveness/settings"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The `canned_effectiveness` settings section as stored (defaults when it never was). */
export async function loadCannedEffectivenessSettings(scope: { resolve: (key: string) => any }): Promise<CannedEffectivenessSettings> {
  const helpdesk = scope.resolve(HELPDESK_MODULE) as HelpdeskModuleService
  const [row] = await helpdesk.listSupportSettings({ id: CANNED_EFFECTIVENESS_SETTING }, { take: 1 })
  return parseCannedEffectivenessSettings(row?.value)
}
