export * from "./types"
export * from "./workflows/create-canned-replies"
export * from "./workflows/update-canned-replies"
export * from "./workflows/delete-canned-replies"
