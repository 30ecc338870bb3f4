import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { AUTO_CLOSE_SETTING, AutoCloseSettings, parseAutoCloseSettings } from "../../modules/helpdesk/domain/auto-close"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The author name of auto-close's status lines. */
export const AUTO_CLOSE_AUTHOR = "Auto-close"

/** The `auto_close` settings section as stored (defaults when it never was). */
export async function loadAutoCloseSettings(scope: { resolve: (key: string) => any }): Promise<AutoCloseSettings> {
  const helpdesk = scope.resolve(HELPDESK_MODULE) as HelpdeskModuleService
  const [row] = await helpdesk.listSupportSettings({ id: AUTO_CLOSE_SETTING }, { take: 1 })
  return parseAutoCloseSettings(row?.value)
}
