export * from "./types"
export * from "./workflows/assignment"
export * from "./workflows/delegate-assignment"
