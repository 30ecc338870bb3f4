import "server-only"
import { cookies } from "next/headers"

const JWT_COOKIE = "_medusa_jwt"

/** The signed-in customer's Authorization header, or nothing for a guest. */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = (await cookies()).get(JWT_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** httpOnly: browser JavaScript can never read the token; it only travels with requests to this app. */
export async function setAuthToken(token: string) {
  ;(await cookies()).set(JWT_COOKIE, token, {
    maxAge: 60 * 60 * 24 * 7,
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production",
    path: "/",
  })
}

export async function removeAuthToken() {
  ;(await cookies()).delete(JWT_COOKIE)
}

const VISITOR_COOKIE = "_helpdesk_visitor"

/**
 * A random id per browser, so the plugin counts article feedback once per shopper even though
 * every request reaches Medusa from this server's address. Set from server actions only (server
 * components cannot set cookies); null until the first one.
 */
export async function getVisitorId(create = false): Promise<string | null> {
  const jar = await cookies()
  const id = jar.get(VISITOR_COOKIE)?.value
  if (id || !create) return id ?? null
  const fresh = crypto.randomUUID()
  jar.set(VISITOR_COOKIE, fresh, { maxAge: 60 * 60 * 24 * 365, httpOnly: true, sameSite: "lax", path: "/" })
  return fresh
}
