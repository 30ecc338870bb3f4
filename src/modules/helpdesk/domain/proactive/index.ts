export * from "./settings"
export * from "./not-shipped"
export * from "./event-key"
