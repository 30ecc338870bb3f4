import { EmailSettingsInputSchema, mergeEmailSettings, resolveEmailSettings } from "../settings"

describe("email settings", () => {
  it("is all on by default, and ignores bad stored data", () => {
    for (const stored of [undefined, {}, { notifications: { reply: { email: "yes" } } }]) {
      const s = resolveEmailSettings(stored)
      expect(s.notifications.reply).toEqual({ email: true })
      expect(s.notifications.agent_assigned).toEqual({ email: true, feed: true })
    }
  })

  it("merges a change over what is stored", () => {
    const once = mergeEmailSettings({}, { notifications: { agent_new_ticket: { email: false } } })
    const twice = mergeEmailSettings(once, { notifications: { agent_new_ticket: { feed: false }, solved: { email: false } } })
    expect(twice.notifications.agent_new_ticket).toEqual({ email: false, feed: false })
    expect(twice.notifications.solved).toEqual({ email: false })
    expect(twice.notifications.reply).toEqual({ email: true })
  })

  it("refuses unknown kinds and a feed switch on shopper mail", () => {
    expect(EmailSettingsInputSchema.safeParse({ notifications: { nope: { email: true } } }).success).toBe(false)
    expect(EmailSettingsInputSchema.safeParse({ notifications: { reply: { feed: true } } }).success).toBe(false)
    expect(EmailSettingsInputSchema.safeParse({ notifications: { reply: { email: false } } }).success).toBe(true)
  })
})
