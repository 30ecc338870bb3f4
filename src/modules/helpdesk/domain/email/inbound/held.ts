/** Why a mail was held: `loop`, its sender went over `email.inboundPerSenderPerHour`. */
export const HELD_MAIL_REASONS = ["loop"] as const
export type HeldMailReason = (typeof HELD_MAIL_REASONS)[number]

/** `mime`: the raw message/rfc822 bytes; `postmark`: Postmark's inbound JSON. */
export const HELD_MAIL_FORMATS = ["mime", "postmark"] as const
export type HeldMailFormat = (typeof HELD_MAIL_FORMATS)[number]
