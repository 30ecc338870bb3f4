import { createHelpdeskClient, HelpdeskApiError, readTicketToken } from "../client"
import { listCustomerOrders, retrieveTicket, uploadFiles } from "../server"

type Call = { url: string; init: RequestInit & { headers: Record<string, string> } }

function fakeFetch(answer: { status?: number; body?: unknown; headers?: Record<string, string> } = {}) {
  const calls: Call[] = []
  const fn = (async (url: string, init: any) => {
    calls.push({ url, init })
    return new Response(answer.body === undefined ? "{}" : JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { "content-type": "application/json", ...(answer.headers ?? {}) },
    })
  }) as unknown as typeof fetch
  return { fn, calls }
}

describe("plain client (the embed)", () => {
  it("sends the publishable key, the customer token, a guest's ticket token, locale and visitor as headers", async () => {
    const f = fakeFetch({ body: { ticket: { id: "t1" } } })
    const client = createHelpdeskClient(
      { baseUrl: "https://api.example.com/", publishableKey: "pk_1", getToken: () => "jwt", fetch: f.fn },
      { ticketToken: "tok", locale: "ko", visitorId: "v1" }
    )
    const ticket = await client.retrieveTicket("t 1")
    expect(ticket).toEqual({ id: "t1" })
    const { url, init } = f.calls[0]
    expect(url).toBe("https://api.example.com/store/support/tickets/t%201")
    expect(init.headers).toMatchObject({
      "x-publishable-api-key": "pk_1",
      authorization: "Bearer jwt",
      "x-ticket-token": "tok",
      "x-medusa-locale": "ko",
      "x-helpdesk-visitor": "v1",
    })
    // Never a cookie session from a third-party page, never a token in the URL.
    expect(init.credentials).toBe("omit")
    expect(url).not.toContain("tok")
  })

  it("sends no authorization without a token, and JSON bodies with their content type", async () => {
    const f = fakeFetch({ body: { ticket: { id: "t1" }, access_token: "a" } })
    const client = createHelpdeskClient({ baseUrl: "http://b", publishableKey: "pk", getToken: () => null, fetch: f.fn })
    await client.createTicket({ subject: "s", body: "b", email: "g@example.com" }, { idempotencyKey: "k1" })
    const { init } = f.calls[0]
    expect(init.headers.authorization).toBeUndefined()
    expect(init.headers["x-ticket-token"]).toBeUndefined()
    expect(init.headers["content-type"]).toBe("application/json")
    expect(init.headers["idempotency-key"]).toBe("k1")
    expect(JSON.parse(String(init.body))).toEqual({ subject: "s", body: "b", email: "g@example.com" })
  })

  it("uploads a FormData as is (the browser writes the multipart boundary)", async () => {
    const f = fakeFetch({ body: { files: [{ id: "u1" }] } })
    const client = createHelpdeskClient({ baseUrl: "http://b", publishableKey: "pk", fetch: f.fn })
    const form = new FormData()
    form.append("files", new Blob(["x"], { type: "image/png" }), "a.png")
    expect(await client.upload(form)).toEqual([{ id: "u1" }])
    expect(f.calls[0].init.body).toBe(form)
    expect(f.calls[0].init.headers["content-type"]).toBeUndefined()
  })

  it("turns API errors into HelpdeskApiError with status, type and Retry-After", async () => {
    const f = fakeFetch({ status: 429, body: { type: "too_many_requests", message: "slow down" }, headers: { "retry-after": "12" } })
    const client = createHelpdeskClient({ baseUrl: "http://b", publishableKey: "pk", fetch: f.fn })
    const err = await client.suggestions("hello").catch((e) => e)
    expect(err).toBeInstanceOf(HelpdeskApiError)
    expect([err.status, err.type, err.message, err.retryAfterSeconds]).toEqual([429, "too_many_requests", "slow down", 12])
  })

  it("downloads only this API's attachment paths", async () => {
    const f = fakeFetch()
    const client = createHelpdeskClient({ baseUrl: "http://b", publishableKey: "pk", fetch: f.fn }, { ticketToken: "tok" })
    await expect(client.downloadAttachment("https://evil.example/x")).rejects.toThrow(HelpdeskApiError)
    await expect(client.downloadAttachment("/store/support/tickets/t1/attachments/../../x")).rejects.toThrow(HelpdeskApiError)
    expect(f.calls).toHaveLength(0)
    await client.downloadAttachment("/store/support/tickets/t1/attachments/att_1")
    expect(f.calls[0].url).toBe("http://b/store/support/tickets/t1/attachments/att_1")
    expect(f.calls[0].init.headers["x-ticket-token"]).toBe("tok")
  })

  it("withContext adds to the context without losing it", async () => {
    const f = fakeFetch({ body: { ticket: {} } })
    const client = createHelpdeskClient({ baseUrl: "http://b", publishableKey: "pk", fetch: f.fn }, { locale: "el", headers: { a: "1" } })
    await client.withContext({ ticketToken: "t", headers: { b: "2" } }).close("t1")
    expect(f.calls[0].init.headers).toMatchObject({ a: "1", b: "2", "x-ticket-token": "t", "x-medusa-locale": "el" })
    expect(f.calls[0].init.method).toBe("POST")
  })
})

describe("js-sdk mode (Next.js server code)", () => {
  function fakeSdk(answer: unknown = { ticket: { id: "t1" } }, fail?: { status: number; message: string }) {
    const calls: { path: string; init: any }[] = []
    return {
      calls,
      sdk: {
        client: {
          fetch: async (path: string, init: any) => {
            calls.push({ path, init })
            if (fail) throw Object.assign(new Error(fail.message), { status: fail.status })
            return answer
          },
        },
      },
    }
  }

  it("passes the starter's auth headers and a guest token to sdk.client.fetch", async () => {
    const { sdk, calls } = fakeSdk()
    await retrieveTicket(sdk, "t1", { headers: { authorization: "Bearer jwt" }, ticketToken: "tok", fetchOptions: { cache: "no-store" } })
    expect(calls[0].path).toBe("/store/support/tickets/t1")
    expect(calls[0].init.headers).toEqual({ authorization: "Bearer jwt", "x-ticket-token": "tok" })
    expect(calls[0].init.cache).toBe("no-store")
  })

  it("removes the sdk's JSON content type for uploads", async () => {
    const { sdk, calls } = fakeSdk({ files: [] })
    const form = new FormData()
    await uploadFiles(sdk, form, { headers: { authorization: "Bearer jwt" } })
    expect(calls[0].init.headers["content-type"]).toBeNull()
    expect(calls[0].init.body).toBe(form)
  })

  it("maps the sdk's errors to HelpdeskApiError", async () => {
    const { sdk } = fakeSdk(undefined, { status: 404, message: "Ticket with id: x was not found" })
    const err = await retrieveTicket(sdk, "x").catch((e) => e)
    expect(err).toBeInstanceOf(HelpdeskApiError)
    expect(err.status).toBe(404)
  })

  it("lists orders only for a signed-in customer", async () => {
    const { sdk, calls } = fakeSdk({ orders: [{ id: "o1", display_id: 1, created_at: "2026-01-01" }] })
    expect(await listCustomerOrders(sdk, {})).toEqual([])
    expect(calls).toHaveLength(0)
    expect(await listCustomerOrders(sdk, { headers: { authorization: "Bearer jwt" } })).toHaveLength(1)
    expect(calls[0].path).toBe("/store/orders")
    expect(calls[0].init.query).toMatchObject({ fields: "id,display_id,created_at,total,currency_code" })
  })
})

describe("readTicketToken", () => {
  it("reads ?token= and #token=", () => {
    expect(readTicketToken("https://shop.example/help?ticket=t1&token=abc")).toBe("abc")
    expect(readTicketToken("https://shop.example/help?ticket=t1#token=def")).toBe("def")
    expect(readTicketToken("/account/support/t1#token=g%2Bh")).toBe("g+h")
    expect(readTicketToken("https://shop.example/help")).toBeNull()
    expect(readTicketToken("https://shop.example/help#section")).toBeNull()
  })
})
