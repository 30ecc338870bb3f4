import { randomBytes } from "crypto"
/**
 * Decides an upload's type from its first bytes, never from its name or the client's header.
 * Only formats that cannot carry script when opened from our origin are accepted (no SVG, HTML,
 * XML); anything else is refused.
 */
/** What one upload (a web form or an inbound mail's attachments) may hold. */
export const UPLOAD_LIMITS = {
  /** Bytes per file. */
  fileSize: 10 * 1024 * 1024,
  /** Files per request (and per message). */
  files: 5,
}

/** A random, server-made name the File module stores an attachment under (never the shopper's). */
export function storageName(ext: string): string {
  return `support-${randomBytes(16).toString("hex")}.${ext}`
}

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

// C0 and C1 controls, DEL, line/paragraph separators, and the bidi marks, embeddings, overrides
// and isolates that make "invoice\u202Egnp.exe" read as "invoiceexe.png".
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"<>]/g
// Unpaired surrogates: Postgres refuses them and encodeURIComponent throws on them.
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * A stored name as it may be shown: no path, no control or bidi characters, at most 150
 * characters (cut between code points, never inside a surrogate pair). Also applied when
 * presenting names stored before these rules.
 */
export function shownFilename(name: string | null | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? ""
  const clean = base.replace(LONE_SURROGATES, "").normalize("NFC").replace(UNSAFE_NAME_CHARS, "").trim()
  return Array.from(clean).slice(0, 150).join("").trim()
}

/** The display name of a new upload: its cleaned base name with the extension of its real type. */
export function displayFilename(original: string | undefined, ext: string): string {
  const stem = shownFilename(original).replace(/\.[^.]*$/, "").trim() || "attachment"
  return `${stem}.${ext}`
}

const INLINE_TYPES = new Set<string>(["image/png", "image/jpeg", "image/gif", "image/webp"])

/** The type a stored file is served with: only the accepted ones, anything else as opaque bytes. */
export function servedMimeType(stored: string): string {
  return Object.prototype.hasOwnProperty.call(ACCEPTED_UPLOAD_TYPES, stored) ? stored : "application/octet-stream"
}

/**
 * `Content-Disposition` for serving a stored file: images may show inline, everything else
 * (PDFs included) downloads. The name goes in RFC 5987 form, with an ASCII fallback.
 */
export function contentDisposition(filename: string, mimeType: string): string {
  const type = INLINE_TYPES.has(mimeType) ? "inline" : "attachment"
  const safe = shownFilename(filename) || "attachment"
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_")
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
