import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { AssignmentGroupInput } from "../types"

const service = (c: { resolve: (k: string) => unknown }) => c.resolve(HELPDESK_MODULE) as HelpdeskModuleService

async function assertNameFree(helpdesk: HelpdeskModuleService, name: string | undefined, exceptId?: string) {
  if (!name) return
  const [other] = await helpdesk.listSupportAssignmentGroups({ name }, { select: ["id"], take: 1 })
  if (other && other.id !== exceptId) throw new MedusaError(MedusaError.Types.INVALID_DATA, `An assignment group named "${name}" already exists`)
}

export const createAssignmentGroupStep = createStep(
  "create-support-assignment-group",
  async (input: AssignmentGroupInput, { container }) => {
    const helpdesk = service(container)
    await assertNameFree(helpdesk, input.name)
    const group = await helpdesk.createSupportAssignmentGroups({
      name: input.name,
      member_ids: [...new Set(input.member_ids)],
      strategy: input.strategy ?? "round_robin",
    })
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteSupportAssignmentGroups([id])
  }
)

export const updateAssignmentGroupStep = createStep(
  "update-support-assignment-group",
  async (input: { id: string; update: Partial<AssignmentGroupInput> }, { container }) => {
    const helpdesk = service(container)
    const [before] = await helpdesk.listSupportAssignmentGroups({ id: input.id }, { take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Assignment group with id: ${input.id} was not found`)
    await assertNameFree(helpdesk, input.update.name, input.id)
    const data: Record<string, unknown> = { id: input.id }
    if (input.update.name !== undefined) data.name = input.update.name
    if (input.update.member_ids !== undefined) data.member_ids = [...new Set(input.update.member_ids)]
    if (input.update.strategy !== undefined) data.strategy = input.update.strategy
    const updated = await helpdesk.updateSupportAssignmentGroups(data as never)
    return new StepResponse(updated, { id: before.id, name: before.name, member_ids: before.member_ids, strategy: before.strategy })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateSupportAssignmentGroups(previous as never)
  }
)

export const deleteAssignmentGroupsStep = createStep(
  "delete-support-assignment-groups",
  async (ids: string[], { container }) => {
    const helpdesk = service(container)
    const found = ids.length ? await helpdesk.listSupportAssignmentGroups({ id: ids }, { select: ["id"] }) : []
    const existing = found.map((g) => g.id)
    if (existing.length) await helpdesk.softDeleteSupportAssignmentGroups(existing)
    return new StepResponse(existing, existing)
  },
  async (ids, { container }) => {
    if (ids?.length) await service(container).restoreSupportAssignmentGroups(ids)
  }
)
