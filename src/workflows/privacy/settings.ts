import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { parsePrivacySettings, PRIVACY_SETTING, PrivacySettings } from "../../modules/helpdesk/domain/privacy/settings"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The `privacy` settings section as stored (defaults when it never was). */
export async function loadPrivacySettings(scope: { resolve: (key: string) => any }): Promise<PrivacySettings> {
  const helpdesk = scope.resolve(HELPDESK_MODULE) as HelpdeskModuleService
  const [row] = await helpdesk.listSupportSettings({ id: PRIVACY_SETTING }, { take: 1 })
  return parsePrivacySettings(row?.value)
}
