import { rankReplies } from "../suggestions"

const replies = [
  { id: "a", title: "Refund timing", body: "Refunds reach your card in 5-10 days." },
  { id: "b", title: "Shipping delays", body: "Carriers are slow; a refund is possible after 30 days." },
  { id: "c", title: "환불 안내", body: "환불은 5일 안에 처리됩니다." },
  { id: "d", title: "Sizes", body: "See the size chart." },
]

describe("rankReplies", () => {
  it("ranks title matches above body matches and drops non-matches", () => {
    expect(rankReplies("my refund", replies, 5).map((r) => r.id)).toEqual(["a", "b"])
    expect(rankReplies("환불 요청", replies, 5).map((r) => r.id)).toEqual(["c"])
  })
  it("limits and ignores queries without words", () => {
    expect(rankReplies("refund", replies, 1).map((r) => r.id)).toEqual(["a"])
    expect(rankReplies("???", replies, 5)).toEqual([])
  })
})
