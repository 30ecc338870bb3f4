export * from "./tickets"
export * from "./attachments"
