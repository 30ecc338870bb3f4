import { resolveAutoAcknowledgeSettings, AutoAcknowledgeSettings } from "../../modules/helpdesk/domain/auto-acknowledge"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The support_setting row of the `auto_acknowledge` section. */
export const AUTO_ACKNOWLEDGE_SETTINGS_ID = "auto_acknowledge"

/** At most one acknowledgement per requester in this many minutes. */
export const AUTO_ACKNOWLEDGE_WINDOW_MINUTES = 60

export async function loadAutoAcknowledgeSettings(helpdesk: HelpdeskModuleService): Promise<AutoAcknowledgeSettings> {
  const [row] = await helpdesk.listSupportSettings({ id: AUTO_ACKNOWLEDGE_SETTINGS_ID }, { take: 1 })
  return resolveAutoAcknowledgeSettings(row?.value, helpdesk.getOptions().autoAcknowledge.enabled)
}
