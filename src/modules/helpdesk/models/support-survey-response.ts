import { model } from "@medusajs/framework/utils"
import { SURVEY_SCALES } from "../domain/surveys/settings"

/**
 * A shopper's answer to the satisfaction survey of a ticket (docs/automation.md "Satisfaction
 * surveys"), one per ticket: the unique index on ticket_id is the backstop behind the ticket lock
 * and the ticket's own rated_at check. The same answer is the ticket's rating (rating_score,
 * rating_comment, rated_at); a rating given through POST /store/support/tickets/:id/rating is
 * stored here too (`source` "rating"), so results count every rating once.
 */
const SupportSurveyResponse = model
  .define("support_survey_response", {
    id: model.id({ prefix: "supsr" }).primaryKey(),
    ticket_id: model.text(),
    source: model.enum(["survey", "rating"]).default("survey"),
    scale: model.enum([...SURVEY_SCALES]),
    /** "yes" / "no", or "1".."5". */
    answer: model.text(),
    /** The rating it gave the ticket, 1-5 (yes 5, no 1). */
    score: model.number(),
    positive: model.boolean(),
    comment: model.text().nullable(),
    locale: model.text().nullable(),
    /** The ticket's assignee when it was solved (results per agent). */
    assignee_id: model.text().nullable(),
    /** The solve the survey was about (the ticket's solved_at then). */
    solved_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["ticket_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])

export default SupportSurveyResponse
