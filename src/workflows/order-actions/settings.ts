import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import {
  ORDER_ACTION_SETTING,
  OrderActionSettings,
  parseOrderActionSettings,
} from "../../modules/helpdesk/domain/order-actions/settings"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The `order_actions` settings section as stored (defaults when it never was). */
export async function loadOrderActionSettings(scope: { resolve: (key: string) => any }): Promise<OrderActionSettings> {
  const helpdesk = scope.resolve(HELPDESK_MODULE) as HelpdeskModuleService
  const [row] = await helpdesk.listSupportSettings({ id: ORDER_ACTION_SETTING }, { take: 1 })
  return parseOrderActionSettings(row?.value)
}
