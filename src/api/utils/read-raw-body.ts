import { MedusaRequest } from "@medusajs/framework/http"

export class BodyTooLargeError extends Error {}

/**
 * The request body as bytes, at most `max` of them: a declared Content-Length above it fails at
 * once, a body that grows past it fails as soon as it does (nothing more is buffered).
 */
export async function readRawBody(req: MedusaRequest, max: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"])
  if (Number.isFinite(declared) && declared > max) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as unknown as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > max) throw new BodyTooLargeError()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}
