export * from "./settings"
export * from "./run-auto-close"
export * from "./workflows/send-pending-reminder"
export * from "./workflows/update-auto-close-settings"
