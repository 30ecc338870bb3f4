/**
 * Decides an upload's type from its first bytes, never from its name or the client's header.
 * Only formats that cannot carry script when opened from our origin are accepted (no SVG, HTML,
 * XML); anything else is refused.
 */
export const ACCEPTED_UPLOAD_TYPES = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/pdf": "pdf",
} as const
export type AcceptedMimeType = keyof typeof ACCEPTED_UPLOAD_TYPES

const startsWith = (buf: Uint8Array, bytes: number[], offset = 0) =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b)

export function sniffFileType(buf: Uint8Array): { mime: AcceptedMimeType; ext: string } | null {
  let mime: AcceptedMimeType | null = null
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) mime = "image/png"
  else if (startsWith(buf, [0xff, 0xd8, 0xff])) mime = "image/jpeg"
  else if (startsWith(buf, [0x47, 0x49, 0x46, 0x38])) mime = "image/gif"
  else if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8)) mime = "image/webp"
  else if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) mime = "application/pdf"
  return mime ? { mime, ext: ACCEPTED_UPLOAD_TYPES[mime] } : null
}

/** A display name safe to show and to put in a header: no path, no control characters. */
export function displayFilename(original: string | undefined, ext: string): string {
  const base = (original ?? "").split(/[\\/]/).pop() ?? ""
  const clean = base.replace(/[\u0000-\u001f\u007f"<>]/g, "").trim().slice(0, 150)
  const stem = clean.replace(/\.[^.]*$/, "") || "attachment"
  return `${stem}.${ext}`
}
