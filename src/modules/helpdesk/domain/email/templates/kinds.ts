/** Every mail the plugin sends. Shopper mail goes only to the ticket's requester. */
export const SHOPPER_MAIL_KINDS = ["received", "reply", "solved", "merged", "guest_link"] as const
export const AGENT_MAIL_KINDS = ["agent_new_ticket", "agent_assigned", "agent_customer_replied"] as const
export const MAIL_KINDS = [...SHOPPER_MAIL_KINDS, ...AGENT_MAIL_KINDS, "test"] as const

export type ShopperMailKind = (typeof SHOPPER_MAIL_KINDS)[number]
export type AgentMailKind = (typeof AGENT_MAIL_KINDS)[number]
export type MailKind = (typeof MAIL_KINDS)[number]

/** Sent without an agent acting: carries `Auto-Submitted: auto-replied` (RFC 3834). */
export const AUTOMATIC_KINDS: readonly MailKind[] = ["received", "guest_link"]

export const MAIL_LOCALES = ["en", "ko", "el"] as const
export type MailLocale = (typeof MAIL_LOCALES)[number]

/** "ko", "ko-KR", "ko_kr" -> ko; "el", "el-GR" -> el; anything else (or nothing) -> en. */
export function mailLocale(locale: string | null | undefined): MailLocale {
  const base = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0]
  return base === "ko" || base === "el" ? base : "en"
}
