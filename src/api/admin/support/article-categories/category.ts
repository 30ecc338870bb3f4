import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { presentCategory } from "../../../utils/articles"

export async function retrieveCategory(scope: Pick<MedusaContainer, "resolve">, id: string) {
  const [category] = await scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listSupportArticleCategories({ id }, { take: 1 })
  if (!category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category with id: ${id} was not found`)
  return presentCategory(category)
}
