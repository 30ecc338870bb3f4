export const UPLOAD_LIMITS = {
  /** Bytes per file. */
  fileSize: 10 * 1024 * 1024,
  /** Files per request (and per message). */
  files: 5,
}
