const CANNED_REPLY_FIELDS = [
  "id",
  "title",
  "body",
  "shortcut",
  "category",
  "locale",
  "usage_count",
  "public",
  "action",
  "created_at",
  "updated_at",
]

export const adminCannedReplyListQueryConfig = {
  defaults: CANNED_REPLY_FIELDS,
  allowed: CANNED_REPLY_FIELDS,
  isList: true,
}

export const adminCannedReplyQueryConfig = {
  defaults: CANNED_REPLY_FIELDS,
  allowed: CANNED_REPLY_FIELDS,
  isList: false,
}
