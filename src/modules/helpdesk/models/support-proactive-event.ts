import { model } from "@medusajs/framework/utils"

/**
 * One row per proactive event acted on (docs/proactive.md): the workflow inserts it before it
 * writes the ticket or message, and the unique `event_key` (domain/proactive/event-key.ts) makes
 * that claim once-only, whether the event is delivered twice or handled by two workers.
 * `ticket_id` is the ticket that was opened or written on.
 */
const SupportProactiveEvent = model
  .define("support_proactive_event", {
    id: model.id({ prefix: "supproa" }).primaryKey(),
    event_key: model.text(),
    kind: model.text(),
    order_id: model.text(),
    ticket_id: model.text().nullable(),
  })
  .indexes([
    { on: ["event_key"], unique: true },
    { on: ["order_id"] },
  ])

export default SupportProactiveEvent
