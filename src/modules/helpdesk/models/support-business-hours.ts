import { model } from "@medusajs/framework/utils"

/**
 * A weekly opening schedule in one IANA time zone (domain/business-time): `intervals` is
 * `[{ day: 0-6 (0 = Sunday), start: "HH:MM", end: "HH:MM" | "24:00" }]`, several per day allowed;
 * `holidays` are local dates ("YYYY-MM-DD") closed all day. SLA policies count their targets in it.
 */
const SupportBusinessHours = model.define("support_business_hours", {
  id: model.id({ prefix: "supbh" }).primaryKey(),
  name: model.text(),
  timezone: model.text(),
  intervals: model.json(),
  holidays: model.array().default([]),
})

export default SupportBusinessHours
