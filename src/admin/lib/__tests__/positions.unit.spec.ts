import { moveItem, positionsForOrder } from "../positions"

describe("moveItem", () => {
  it("moves one item and clamps at the ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"])
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"])
    const same = ["a", "b"]
    expect(moveItem(same, 0, -1)).toBe(same)
    expect(moveItem(same, 1, 5)).toBe(same)
  })
})

describe("positionsForOrder", () => {
  it("hands the list's positions out again in the new order, changed rows only", () => {
    // One category's articles at 3, 10, 40 among others: they keep those slots.
    const moved = [
      { id: "c", position: 40 },
      { id: "a", position: 3 },
      { id: "b", position: 10 },
    ]
    expect(positionsForOrder(moved)).toEqual([
      { id: "c", position: 3 },
      { id: "a", position: 10 },
      { id: "b", position: 40 },
    ])
    expect(positionsForOrder([{ id: "a", position: 1 }, { id: "b", position: 2 }])).toEqual([])
  })
  it("spreads equal positions so the new order holds", () => {
    const zeros = [
      { id: "b", position: 0 },
      { id: "a", position: 0 },
      { id: "c", position: 0 },
    ]
    expect(positionsForOrder(zeros)).toEqual([
      { id: "a", position: 1 },
      { id: "c", position: 2 },
    ])
  })
})
