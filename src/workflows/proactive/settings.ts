import { resolveProactiveSettings, ProactiveSettings } from "../../modules/helpdesk/domain/proactive"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The support_setting row of the `proactive` section. */
export const PROACTIVE_SETTINGS_ID = "proactive"

export async function loadProactiveSettings(helpdesk: HelpdeskModuleService): Promise<ProactiveSettings> {
  const [row] = await helpdesk.listSupportSettings({ id: PROACTIVE_SETTINGS_ID }, { take: 1 })
  return resolveProactiveSettings(row?.value, helpdesk.getOptions().proactive.enabled)
}
