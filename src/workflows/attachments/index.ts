export * from "./workflows/upload-attachments"
