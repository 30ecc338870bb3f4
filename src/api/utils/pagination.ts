// Kept for importers written before schemas.ts, the one place for shared schema pieces.
export { oneOrMany, paginationParams } from "./schemas"
