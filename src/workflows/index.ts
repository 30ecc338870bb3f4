export * from "./tickets"
export * from "./canned-replies"
export * from "./attachments"
