import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { once } from "events"
import { Zip, ZipDeflate, ZipPassThrough } from "fflate"
import { presentRequesterExport, RequesterExport } from "../../workflows/privacy/collect-export"

type Resolver = Pick<MedusaContainer, "resolve">

const isMissingFile = (err: any) =>
  err?.code === "ENOENT" || err?.name === "NoSuchKey" || (err instanceof MedusaError && err.type === MedusaError.Types.NOT_FOUND)

/**
 * Streams an export as a zip: every attachment under its `archive_path` (stored, not recompressed:
 * images and PDFs are compressed already), read through the File module chunk by chunk with the
 * response's backpressure, then `export.json` last, so it can say which files were missing.
 */
export async function sendExportArchive(scope: Resolver, res: MedusaResponse, data: RequesterExport, name: string) {
  const files = scope.resolve(Modules.FILE)
  res.status(200)
  res.setHeader("Content-Type", "application/zip")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")

  let failed: Error | null = null
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      failed = err
      res.destroy(err)
      return
    }
    res.write(Buffer.from(chunk))
    if (final) res.end()
  })
  const drain = async () => {
    if (res.writableNeedDrain) await once(res, "drain")
  }

  const missing = new Set<string>()
  for (const ticket of data.tickets) {
    for (const message of ticket.messages) {
      for (const attachment of message.attachments) {
        let stream: AsyncIterable<Buffer>
        try {
          stream = await files.getDownloadStream(attachment.file_id)
        } catch (err) {
          if (isMissingFile(err)) {
            missing.add(attachment.id)
            continue
          }
          throw err
        }
        const entry = new ZipPassThrough(attachment.archive_path)
        zip.add(entry)
        try {
          for await (const chunk of stream) {
            if (failed) return
            entry.push(new Uint8Array(chunk))
            await drain()
          }
        } catch (err) {
          if (!isMissingFile(err)) throw err
          missing.add(attachment.id)
        }
        entry.push(new Uint8Array(0), true)
      }
    }
  }

  const shown = presentRequesterExport(data)
  for (const ticket of shown.tickets) {
    for (const message of ticket.messages) {
      message.attachments = message.attachments.map((a: Record<string, unknown>) =>
        missing.has(a.id as string) ? { ...a, archive_path: null, missing: true } : a
      )
    }
  }
  const json = new ZipDeflate("export.json", { level: 6 })
  zip.add(json)
  json.push(new TextEncoder().encode(JSON.stringify(shown, null, 2)), true)
  zip.end()
}
