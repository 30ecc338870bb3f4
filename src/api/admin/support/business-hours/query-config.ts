export const BUSINESS_HOURS_FIELDS = ["id", "name", "timezone", "intervals", "holidays", "created_at", "updated_at"]

export const adminBusinessHoursListQueryConfig = { defaults: BUSINESS_HOURS_FIELDS, allowed: BUSINESS_HOURS_FIELDS, isList: true }
export const adminBusinessHoursQueryConfig = { defaults: BUSINESS_HOURS_FIELDS, allowed: BUSINESS_HOURS_FIELDS, isList: false }
