export * from "./workflows/update-email-settings"
