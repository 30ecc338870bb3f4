"use server"

import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { getAuthHeaders, removeAuthToken, setAuthToken } from "./cookies"

export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }

export async function retrieveCustomer(): Promise<Customer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  return sdk.client
    .fetch<{ customer: Customer }>("/store/customers/me", { headers, cache: "no-store" })
    .then(({ customer }) => customer)
    .catch(() => null)
}

export type LoginState = { error: string } | null

/** The login form's action: Medusa's emailpass login, the JWT kept in the httpOnly cookie. */
export async function login(_state: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "")
  const password = String(formData.get("password") ?? "")
  const countryCode = String(formData.get("country_code") ?? "us")
  try {
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    // A string for emailpass; third-party providers answer with a redirect location instead.
    if (typeof token !== "string") return { error: "This sign-in method needs a redirect." }
    await setAuthToken(token)
  } catch {
    return { error: "Wrong email or password." }
  }
  redirect(`/${countryCode}/account`)
}

export async function signout(countryCode: string) {
  await removeAuthToken()
  redirect(`/${countryCode}/account`)
}
