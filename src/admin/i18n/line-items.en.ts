// "Report a problem with this item" (helpdesk.lineItems.*), kept apart from en.ts like sla.en.ts.
export const lineItemsEn = {
  title: "Reported items",
  quantity: "Qty {{quantity}}",
  noThumbnail: "No image",
}
