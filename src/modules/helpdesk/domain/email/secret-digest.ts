import { createHash } from "crypto"

/** SHA-256 of a secret, hex: how the inbound webhook compares secrets, and stores a generated one. */
export const secretDigestHex = (s: string) => createHash("sha256").update(s, "utf8").digest("hex")
