import { model } from "@medusajs/framework/utils"

/**
 * A request counter per client and time window, kept in Postgres so every server instance shares
 * it without another service. Rows of past windows are removed by the hourly cleanup job.
 */
const SupportRateLimit = model
  .define("support_rate_limit", {
    // "<rule>:<client>:<window start>"
    id: model.text().primaryKey(),
    count: model.number().default(0),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["expires_at"] }])

export default SupportRateLimit
