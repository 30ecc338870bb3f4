export * from "./types"
export * from "./workflows/rules-crud"
