import { callbackInput } from "../components/CallbackFields"
import { EMBED_PATHS, routeFromHref, routeFromLocation } from "../embed/HelpCenterApp"
import { href } from "../components/shared"

describe("callbackInput", () => {
  const now = new Date("2026-03-05T08:00:00")
  it("turns a local window into ISO times", () => {
    const r = callbackInput({ phone: "+30 (210) 123-4567", from: "2026-03-06T10:00", to: "2026-03-06T12:00" }, now)
    expect(r.problem).toBeUndefined()
    expect(r.input!.phone).toBe("+30 (210) 123-4567")
    expect(new Date(r.input!.window_start).getTime()).toBe(new Date("2026-03-06T10:00").getTime())
    expect(r.input!.window_end).toMatch(/Z$/)
  })
  it.each([
    [{ phone: "12", from: "2026-03-06T10:00", to: "2026-03-06T12:00" }, "phone"],
    [{ phone: "call me", from: "2026-03-06T10:00", to: "2026-03-06T12:00" }, "phone"],
    [{ phone: "2101234567", from: "2026-03-06T12:00", to: "2026-03-06T10:00" }, "window"],
    [{ phone: "2101234567", from: "2026-03-06T00:00", to: "2026-03-06T13:00" }, "window"],
    [{ phone: "2101234567", from: "2026-03-04T10:00", to: "2026-03-04T12:00" }, "window"],
    [{ phone: "2101234567", from: "", to: "" }, "window"],
  ])("refuses %j (%s)", (v, problem) => {
    expect(callbackInput(v, now).problem).toBe(problem)
  })
})

describe("embed routes", () => {
  it("round-trips the in-panel links", () => {
    expect(routeFromHref(href(EMBED_PATHS.article, { handle: "반품" }))).toEqual({ name: "article", handle: "반품" })
    expect(routeFromHref(href(EMBED_PATHS.category, { handle: "orders" }))).toEqual({ name: "home", category: "orders" })
    expect(routeFromHref(href(EMBED_PATHS.ticket, { id: "t_1" }))).toEqual({ name: "ticket", id: "t_1" })
    expect(routeFromHref(EMBED_PATHS.contact)).toEqual({ name: "contact" })
    expect(routeFromHref(EMBED_PATHS.home)).toEqual({ name: "home" })
    expect(routeFromHref("https://elsewhere.example/")).toBeNull()
  })
  it("opens a guest's private link: ?ticket= with the token in the query or the fragment", () => {
    expect(routeFromLocation("https://shop.example/help?ticket=t_1#token=abc")).toEqual({ name: "ticket", id: "t_1", token: "abc" })
    expect(routeFromLocation("https://shop.example/help?ticket=t_1&token=abc")).toEqual({ name: "ticket", id: "t_1", token: "abc" })
    expect(routeFromLocation("https://shop.example/help")).toBeNull()
  })
})
