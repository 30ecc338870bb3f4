import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The storeName plugin option, else the name of Medusa's store; null when neither is set. */
export async function storeName(scope: Pick<MedusaContainer, "resolve">): Promise<string | null> {
  const configured = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().storeName
  if (configured) return configured
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  return store?.name?.trim() || null
}
