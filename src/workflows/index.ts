export * from "./tickets"
export * from "./canned-replies"
export * from "./attachments"
export * from "./rate-limits"
