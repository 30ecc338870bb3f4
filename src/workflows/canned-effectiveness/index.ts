export * from "./settings"
export * from "./workflows/update-canned-effectiveness-settings"
export * from "./workflows/automate-canned-reply"
