export * from "./workflows/erase-requester-data"
export * from "./workflows/request-customer-export"
export * from "./workflows/update-privacy-settings"
export * from "./collect-export"
