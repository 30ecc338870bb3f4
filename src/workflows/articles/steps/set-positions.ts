import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const setArticlePositionsStepId = "set-support-article-positions"

type Positions = { entity: "article" | "category"; positions: { id: string; position: number }[] }

/** Sets positions of articles or categories, all or nothing (404 naming an unknown id); undone by the old positions. */
export const setArticlePositionsStep = createStep(
  setArticlePositionsStepId,
  async (input: Positions, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ids = input.positions.map((p) => p.id)
    const list = input.entity === "article" ? helpdesk.listSupportArticles.bind(helpdesk) : helpdesk.listSupportArticleCategories.bind(helpdesk)
    const before = await list({ id: ids }, { select: ["id", "position"] })
    const missing = ids.find((id) => !before.some((b) => b.id === id))
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${input.entity === "article" ? "Article" : "Category"} with id: ${missing} was not found`)
    await write(helpdesk, input.entity, input.positions)
    return new StepResponse(ids, { entity: input.entity, positions: before.map((b) => ({ id: b.id, position: b.position })) })
  },
  async (previous, { container }) => {
    if (!previous) return
    await write(container.resolve<HelpdeskModuleService>(HELPDESK_MODULE), previous.entity, previous.positions)
  }
)

async function write(helpdesk: HelpdeskModuleService, entity: Positions["entity"], positions: Positions["positions"]) {
  if (!positions.length) return
  if (entity === "article") await helpdesk.updateSupportArticles(positions)
  else await helpdesk.updateSupportArticleCategories(positions)
}
