export type BusinessInterval = { day: number; start: string; end: string }

export type BusinessHours = {
  id: string
  name: string
  timezone: string
  intervals: BusinessInterval[]
  holidays: string[]
  created_at: string
  updated_at: string
}

export type SlaPolicy = {
  id: string
  name: string
  priority: string | null
  channel: string | null
  customer_group_id: string | null
  first_response_minutes: number
  resolution_minutes: number
  business_hours_id: string | null
  position: number
  enabled: boolean
}

export const AUTO_ACK_LOCALES = ["en", "ko", "el"] as const
export const AUTO_ACK_VARIANTS = ["in_hours", "out_of_hours", "no_target"] as const
export type AutoAckSettings = {
  enabled: boolean
  texts: Record<(typeof AUTO_ACK_LOCALES)[number], Record<(typeof AUTO_ACK_VARIANTS)[number], string>>
}
