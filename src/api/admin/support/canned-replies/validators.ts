import { z } from "@medusajs/framework/zod"
import { CannedReplyActionSchema } from "../../../../modules/helpdesk/domain/order-actions/canned-action"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { category, findParams, id, locale, messageBody as body, oneOrMany, searchQuery, selectParams } from "../../../utils/schemas"

const title = safeText({ min: 1, max: 200, trim: true })
// Typed in the reply box after a slash, so one word: no spaces, and no braces to confuse with placeholders.
const shortcut = safeText({ min: 1, max: 50, trim: true }).refine((s) => /^[^\s{}]+$/u.test(s), {
  message: "must be a single word without spaces or braces",
})
export const AdminListCannedReplies = findParams()
  .extend({
    q: searchQuery.optional(),
    category: oneOrMany(category).optional(),
    locale: oneOrMany(locale).optional(),
  })
  .strict()
export type AdminListCannedRepliesType = z.infer<typeof AdminListCannedReplies>

export const AdminGetCannedReply = selectParams()

export const AdminCreateCannedReply = z
  .object({
    title,
    body,
    shortcut: shortcut.nullable().optional(),
    category: category.nullable().optional(),
    locale: locale.nullable().optional(),
    public: z.boolean().optional(),
    action: CannedReplyActionSchema.nullable().optional(),
  })
  .strict()
export type AdminCreateCannedReplyType = z.infer<typeof AdminCreateCannedReply>

export const AdminUpdateCannedReply = z
  .object({
    title: title.optional(),
    body: body.optional(),
    shortcut: shortcut.nullable().optional(),
    category: category.nullable().optional(),
    locale: locale.nullable().optional(),
    public: z.boolean().optional(),
    action: CannedReplyActionSchema.nullable().optional(),
  })
  .strict()
export type AdminUpdateCannedReplyType = z.infer<typeof AdminUpdateCannedReply>

export const AdminRenderCannedReply = z.object({ ticket_id: id }).strict()
export type AdminRenderCannedReplyType = z.infer<typeof AdminRenderCannedReply>

export const AdminPreviewCannedReply = z
  .object({ body, ticket_id: id.optional(), locale: locale.nullable().optional() })
  .strict()
export type AdminPreviewCannedReplyType = z.infer<typeof AdminPreviewCannedReply>
