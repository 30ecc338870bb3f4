import { model } from "@medusajs/framework/utils"

/**
 * Settings agents change in the admin (Settings -> Support), one row per section (`id` = "email",
 * ...). Each section's `value` is parsed by its own schema on read; plugin options give the
 * defaults. Kept in the database so every server instance reads the same settings.
 */
const SupportSetting = model.define("support_setting", {
  id: model.text().primaryKey(),
  value: model.json(),
})

export default SupportSetting
