export * from "./settings"
export * from "./status"
export * from "./query"
