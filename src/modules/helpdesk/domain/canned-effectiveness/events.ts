/** A canned reply was switched to automatic: `{ id: canned_reply_id, rule_id }`. */
export const CannedEffectivenessEvents = {
  CANNED_REPLY_AUTOMATED: "support_canned_reply.automated",
} as const
