import { useQuery } from "@tanstack/react-query"
import { useEffect } from "react"
import { sdk } from "../lib/sdk"
import { AdminAttachment } from "../lib/types"

export type UploadedFile = Omit<AdminAttachment, "url">

/** Stores files for the signed-in agent; name their ids in `attachment_ids` to attach them. */
export async function uploadAttachments(files: File[]): Promise<UploadedFile[]> {
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  const { files: uploaded } = await sdk.client.fetch<{ files: UploadedFile[] }>("/admin/support/uploads", {
    method: "POST",
    // Let the browser set the multipart boundary.
    headers: { "content-type": null as unknown as string },
    body: form,
  })
  return uploaded
}

// Through the sdk, so the agent's session or token goes along whichever auth the admin uses.
async function fetchAttachment(url: string): Promise<Blob> {
  const res = await sdk.client.fetch<Response>(url, { headers: { accept: "*/*" } })
  return res.blob()
}

/** Saves an attachment (the page has it as a blob, so the browser never navigates to it). */
export async function downloadAttachment(attachment: AdminAttachment) {
  if (!attachment.url) return
  const href = URL.createObjectURL(await fetchAttachment(attachment.url))
  const link = document.createElement("a")
  link.href = href
  link.download = attachment.filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(href), 60_000)
}

/** An object URL of an image attachment, for a thumbnail; revoked when no longer shown. */
export function useAttachmentPreview(attachment: AdminAttachment) {
  const enabled = !!attachment.url && attachment.mime_type.startsWith("image/")
  const { data } = useQuery({
    queryKey: ["helpdesk", "attachment-preview", attachment.url],
    queryFn: async () => URL.createObjectURL(await fetchAttachment(attachment.url!)),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
  })
  useEffect(() => () => { if (data) URL.revokeObjectURL(data) }, [data])
  return data
}
