export * from "./workflows/purge-expired-rate-limits"
