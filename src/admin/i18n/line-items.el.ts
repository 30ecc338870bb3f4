export const lineItemsEl = {
  title: "Προϊόντα με πρόβλημα",
  quantity: "Ποσ. {{quantity}}",
  noThumbnail: "Χωρίς εικόνα",
}
