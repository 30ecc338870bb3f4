export * from "./workflows/upload-attachments"
export * from "./workflows/purge-orphaned-attachments"
