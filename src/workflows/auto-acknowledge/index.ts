export * from "./settings"
export * from "./workflows/auto-acknowledge-ticket"
export * from "./workflows/update-auto-acknowledge-settings"
