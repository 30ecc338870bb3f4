import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"

type Headers = { headers: Record<string, string> }

function jwtFor(container: MedusaContainer, payload: Record<string, unknown>): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return generateJwtToken(payload, {
    secret: config.projectConfig.http.jwtSecret!,
    expiresIn: "1d",
  })
}

/**
 * An admin user with a bearer token, as the admin dashboard would call. `roles`: RBAC role ids
 * carried in the token, as Medusa's auth puts them there (checked only with the `rbac` feature on).
 */
export async function createAdmin(
  container: MedusaContainer,
  data: { email?: string; first_name?: string; last_name?: string; roles?: string[] } = {}
) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const email = data.email ?? `agent-${Math.random().toString(36).slice(2)}@helpdesk.test`
  const user = await userModule.createUsers({
    email,
    first_name: data.first_name ?? "Alex",
    last_name: data.last_name ?? "Agent",
  })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = jwtFor(container, {
    actor_id: user.id,
    actor_type: "user",
    auth_identity_id: identity.id,
    app_metadata: { user_id: user.id, ...(data.roles ? { roles: data.roles } : {}) },
  })
  return { user, headers: { authorization: `Bearer ${token}` } }
}

/** A publishable API key; every /store request needs one. */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "" }] },
  })
  return result[0].token
}

/** A signed-in storefront customer: headers carry both the key and the customer's token. */
export async function createCustomer(
  container: MedusaContainer,
  publishableKey: string,
  data: { email?: string; first_name?: string; last_name?: string } = {}
) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const email = data.email ?? `shopper-${Math.random().toString(36).slice(2)}@helpdesk.test`
  const customer = await customerModule.createCustomers({
    email,
    first_name: data.first_name ?? "Sam",
    last_name: data.last_name ?? "Shopper",
    has_account: true,
  })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = jwtFor(container, {
    actor_id: customer.id,
    actor_type: "customer",
    auth_identity_id: identity.id,
    app_metadata: { customer_id: customer.id },
  })
  const headers: Headers = {
    headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
  }
  return { customer, ...headers }
}

export function guestHeaders(publishableKey: string, ticketToken?: string): Headers {
  const headers: Record<string, string> = { "x-publishable-api-key": publishableKey }
  if (ticketToken) headers["x-ticket-token"] = ticketToken
  return { headers }
}
