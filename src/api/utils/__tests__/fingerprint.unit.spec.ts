import { canonicalJson, requestFingerprint } from "../fingerprint"

describe("request fingerprints", () => {
  it("ignores key order and absent members at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}')
    expect(requestFingerprint({ subject: "s", body: "b", email: undefined })).toBe(requestFingerprint({ body: "b", subject: "s" }))
  })

  it("tells apart bodies that differ in any value, type or array order", () => {
    const base = requestFingerprint({ subject: "s", attachment_ids: ["a", "b"] })
    expect(requestFingerprint({ subject: "S", attachment_ids: ["a", "b"] })).not.toBe(base)
    expect(requestFingerprint({ subject: "s", attachment_ids: ["b", "a"] })).not.toBe(base)
    expect(requestFingerprint({ subject: "s", attachment_ids: ["a", "b"], category: null })).not.toBe(base)
    expect(requestFingerprint({ n: 1 })).not.toBe(requestFingerprint({ n: "1" }))
    expect(requestFingerprint({ subject: "환불 요청" })).toMatch(/^[0-9a-f]{64}$/)
  })
})
