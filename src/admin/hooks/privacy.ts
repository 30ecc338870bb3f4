import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { ticketQueryKeys } from "./tickets"

/** Whose data (docs/privacy.md "Whose data"): a customer account or an email address. */
export type PrivacySubject = { customer_id: string } | { email: string }
export type ErasedCounts = { tickets: number; messages: number; attachments: number }

/** The file name the server gave the archive (Content-Disposition), or a dated default. */
function archiveName(res: Response): string {
  const match = /filename="?([^";]+)"?/i.exec(res.headers.get("content-disposition") ?? "")
  return match?.[1] ?? `support-export-${new Date().toISOString().slice(0, 10)}.zip`
}

/**
 * Downloads the zip of POST /admin/support/privacy/export/archive (export.json and every file)
 * through the sdk, so the agent's session or token goes along, and saves it from a blob.
 */
export async function downloadPrivacyArchive(subject: PrivacySubject, suffix?: string): Promise<void> {
  const res = await sdk.client.fetch<Response>("/admin/support/privacy/export/archive", {
    method: "POST",
    body: subject,
    headers: { accept: "*/*" },
  })
  const href = URL.createObjectURL(await res.blob())
  const link = document.createElement("a")
  link.href = href
  const name = archiveName(res)
  link.download = suffix ? name.replace(/\.zip$/, `-${suffix}.zip`) : name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 60_000)
}

export function usePrivacyExport() {
  return useMutation({
    mutationFn: async (subjects: { subject: PrivacySubject; suffix?: string }[]) => {
      for (const { subject, suffix } of subjects) await downloadPrivacyArchive(subject, suffix)
    },
  })
}

/** Erases each subject in turn (the account first, so its tickets are not counted again by email). */
export function usePrivacyErase() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (subjects: PrivacySubject[]): Promise<ErasedCounts> => {
      const total: ErasedCounts = { tickets: 0, messages: 0, attachments: 0 }
      for (const subject of subjects) {
        const { erased } = await sdk.client.fetch<{ erased: ErasedCounts }>("/admin/support/privacy/erase", { method: "POST", body: subject })
        total.tickets += erased.tickets
        total.messages += erased.messages
        total.attachments += erased.attachments
      }
      return total
    },
    // Subjects and requesters changed on those tickets: every ticket list and detail reloads (also after a partial failure).
    onSettled: () => client.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  })
}
