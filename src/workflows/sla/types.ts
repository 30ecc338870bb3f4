import type { BusinessInterval } from "../../modules/helpdesk/domain/business-time"

export type BusinessHoursData = {
  name: string
  timezone: string
  intervals: BusinessInterval[]
  holidays?: string[]
}

export type SlaPolicyData = {
  name: string
  priority?: string | null
  channel?: string | null
  customer_group_id?: string | null
  first_response_minutes: number
  resolution_minutes: number
  business_hours_id?: string | null
  position?: number
  enabled?: boolean
}

export type CreateBusinessHoursWorkflowInput = { business_hours: BusinessHoursData[] }
export type UpdateBusinessHoursWorkflowInput = { id: string; update: Partial<BusinessHoursData> }
export type DeleteBusinessHoursWorkflowInput = { ids: string[] }
export type CreateSlaPoliciesWorkflowInput = { sla_policies: SlaPolicyData[] }
export type UpdateSlaPoliciesWorkflowInput = { id: string; update: Partial<SlaPolicyData> }
export type DeleteSlaPoliciesWorkflowInput = { ids: string[] }
