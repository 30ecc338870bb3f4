export const lineItemsKo = {
  title: "문제가 신고된 상품",
  quantity: "수량 {{quantity}}",
  noThumbnail: "이미지 없음",
}
