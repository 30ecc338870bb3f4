export * from "./kinds"
export * from "./render"
export { STRINGS, COMMON } from "./strings"
export type { MailStrings } from "./strings"
