import { z } from "@medusajs/framework/zod"

/**
 * Auto-close (docs/automation.md "Auto-close"): solved tickets close after `solved_close_days`;
 * a pending ticket the shopper has not answered gets one reminder after `pending_reminder_days`
 * and is solved `pending_solve_days` after that reminder. Pure: the settings, the cut-off times
 * and the reminder's text; the job (src/workflows/auto-close) does the claiming and the writes.
 */

/** Settings -> Support section `auto_close` (support_setting row "auto_close"). */
export const AUTO_CLOSE_SETTING = "auto_close"

const days = z.number().int().min(1).max(365)

export const AutoCloseSettingsSchema = z
  .object({
    enabled: z.boolean(),
    solved_close_days: days,
    pending_reminder_days: days,
    pending_solve_days: days,
  })
  .strict()
export type AutoCloseSettings = z.infer<typeof AutoCloseSettingsSchema>

export const AutoCloseSettingsInputSchema = AutoCloseSettingsSchema.partial().strict()
export type AutoCloseSettingsInput = z.infer<typeof AutoCloseSettingsInputSchema>

export const DEFAULT_AUTO_CLOSE_SETTINGS: AutoCloseSettings = {
  enabled: true,
  solved_close_days: 4,
  pending_reminder_days: 3,
  pending_solve_days: 4,
}

/** What is stored, read leniently: a malformed row gives the defaults rather than an error. */
export function parseAutoCloseSettings(value: unknown): AutoCloseSettings {
  const parsed = AutoCloseSettingsInputSchema.safeParse(value ?? {})
  return { ...DEFAULT_AUTO_CLOSE_SETTINGS, ...(parsed.success ? parsed.data : {}) }
}

export function mergeAutoCloseSettings(current: AutoCloseSettings, change: AutoCloseSettingsInput): AutoCloseSettings {
  return { ...current, ...change }
}

const DAY_MS = 86_400_000

/**
 * The times each move looks back to:
 * - close: solved (solved_at) at or before `close_solved_before`;
 * - remind: pending and nothing the shopper sees changed (public_updated_at) since `remind_quiet_before`;
 * - solve: reminded at or before `solve_reminded_before`, and nothing visible changed since the reminder.
 */
export function autoCloseCutoffs(settings: AutoCloseSettings, now: Date) {
  return {
    close_solved_before: new Date(now.getTime() - settings.solved_close_days * DAY_MS),
    remind_quiet_before: new Date(now.getTime() - settings.pending_reminder_days * DAY_MS),
    solve_reminded_before: new Date(now.getTime() - settings.pending_solve_days * DAY_MS),
  }
}

export const AUTO_CLOSE_LOCALES = ["en", "ko", "el"] as const
export type AutoCloseLocale = (typeof AUTO_CLOSE_LOCALES)[number]

const REMINDER: Record<AutoCloseLocale, (v: { name: string | null; ticket_number: number | string; days: number }) => string> = {
  en: ({ name, ticket_number, days }) =>
    `Hello${name ? ` ${name}` : ""}, we are still waiting for your answer on request #${ticket_number}. ` +
    `If we do not hear from you within ${days} ${days === 1 ? "day" : "days"}, we will consider it solved. ` +
    `You can reply at any time to reopen it.`,
  ko: ({ name, ticket_number, days }) =>
    `${name ? `${name}님, ` : ""}요청 #${ticket_number}에 대한 답변을 아직 기다리고 있습니다. ` +
    `${days}일 이내에 답변이 없으면 해결된 것으로 처리됩니다. 언제든지 답장하시면 다시 열립니다.`,
  el: ({ name, ticket_number, days }) =>
    `Γεια σας${name ? ` ${name}` : ""}, περιμένουμε ακόμη την απάντησή σας για το αίτημα #${ticket_number}. ` +
    `Αν δεν έχουμε νέα σας μέσα σε ${days} ${days === 1 ? "ημέρα" : "ημέρες"}, θα το θεωρήσουμε επιλυμένο. ` +
    `Μπορείτε να απαντήσετε οποιαδήποτε στιγμή για να ανοίξει ξανά.`,
}

/** "ko-KR" -> "ko"; anything unsupported -> "en". */
export function autoCloseLocale(locale: string | null | undefined): AutoCloseLocale {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0]
  return (AUTO_CLOSE_LOCALES as readonly string[]).includes(base) ? (base as AutoCloseLocale) : "en"
}

/** The reminder a pending ticket's shopper gets, in the ticket's language. */
export function pendingReminderText(
  ticket: { display_id: number | string; name?: string | null; locale?: string | null },
  settings: Pick<AutoCloseSettings, "pending_solve_days">
): string {
  const name = ticket.name?.trim() || null
  return REMINDER[autoCloseLocale(ticket.locale)]({ name, ticket_number: ticket.display_id, days: settings.pending_solve_days })
}
