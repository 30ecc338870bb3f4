/** What agents see of a held mail: never the file key. */
export const HELD_MAIL_FIELDS = ["id", "sender", "subject", "reason", "format", "size", "message_id", "auto", "received_at"]
