export * from "./workflows/update-email-settings"
export * from "./workflows/set-inbound-secret"
