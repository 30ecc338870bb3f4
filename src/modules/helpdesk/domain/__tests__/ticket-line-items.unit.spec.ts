import { BigNumber } from "@medusajs/framework/utils"
import { snapshotOrderLines } from "../ticket-line-items"

describe("snapshotOrderLines", () => {
  const lines = [
    { id: "ordli_1", title: "Mug", variant_title: "Blue", quantity: new BigNumber(3), thumbnail: "http://x/m.png", product_id: "prod_1", variant_id: "variant_1" },
    { id: "ordli_2", title: "", product_title: "Shirt", detail: { quantity: { value: "2", precision: 20 } }, product_id: null, variant_id: null },
  ]

  it("keeps the asked lines in order, once each, with BigNumber quantities as numbers", () => {
    const r = snapshotOrderLines(lines, ["ordli_2", "ordli_1", "ordli_2"])
    expect(r).toEqual({
      ok: true,
      items: [
        { line_item_id: "ordli_2", title: "Shirt", variant_title: null, quantity: 2, thumbnail: null, product_id: null, variant_id: null },
        { line_item_id: "ordli_1", title: "Mug", variant_title: "Blue", quantity: 3, thumbnail: "http://x/m.png", product_id: "prod_1", variant_id: "variant_1" },
      ],
    })
  })

  it("names the ids that are not lines of the order", () => {
    expect(snapshotOrderLines(lines, ["ordli_1", "ordli_9"])).toEqual({ ok: false, unknown: ["ordli_9"] })
  })
})
