import { MessageAuthor } from "./types"

/** Which uploads an author may attach: their own (see models/support-attachment.ts). */
export function uploaderKeysFor(author: MessageAuthor, customerId?: string | null): string[] {
  if (author.type === "agent" && author.id) return [`user:${author.id}`]
  if (author.type === "customer") return customerId ? [`customer:${customerId}`] : ["guest"]
  return []
}
