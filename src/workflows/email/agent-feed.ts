import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AgentMailKind } from "../../modules/helpdesk/domain/email/templates"
import { EmailSettings } from "../../modules/helpdesk/domain/email/settings"

/**
 * An entry in the admin's notification bell (channel `feed`; the dashboard shows `data.title`).
 * Switchable per kind in Settings -> Support -> Email; a missing feed provider is logged, not thrown.
 */
export async function notifyFeed(
  container: Pick<MedusaContainer, "resolve">,
  settings: EmailSettings,
  kind: AgentMailKind,
  entry: { title: string; description?: string; idempotency_key: string; ticket_id: string }
) {
  if (!settings.notifications[kind].feed) return
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: "",
      channel: "feed",
      template: "admin-ui",
      data: { title: entry.title, description: entry.description },
      resource_type: "support_ticket",
      resource_id: entry.ticket_id,
      idempotency_key: entry.idempotency_key,
    })
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`helpdesk: could not add to the admin notification feed: ${e instanceof Error ? e.message : e}`)
  }
}
