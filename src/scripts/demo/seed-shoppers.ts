import { Modules } from "@medusajs/framework/utils"
import { CommerceRefs } from "./seed-commerce"
import { DEMO_SHOPPER_PASSWORD } from "./names"
import { Container, Logger } from "./types"

/**
 * Sign-in for the demo customers: an emailpass identity per customer (Medusa's own provider, so
 * the storefront signs in with POST /auth/customer/emailpass), linked to the customer through
 * `app_metadata.customer_id`, and `has_account` set, so Medusa's customer page shows an account.
 */
export async function seedShoppers(container: Container, logger: Logger, refs: CommerceRefs): Promise<void> {
  const auth = container.resolve(Modules.AUTH)
  logger.info("Seeding shopper sign-ins...")
  for (const customer of Object.values(refs.customers)) {
    const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: customer.email })
    let authIdentityId = identity?.auth_identity_id
    if (!authIdentityId) {
      const { success, error, authIdentity } = await auth.register("emailpass", {
        body: { email: customer.email, password: DEMO_SHOPPER_PASSWORD },
      })
      if (!success || !authIdentity) throw new Error(`Sign-in for ${customer.email}: ${error}`)
      authIdentityId = authIdentity.id
    }
    const current = await auth.retrieveAuthIdentity(authIdentityId!)
    if (current.app_metadata?.customer_id !== customer.id) {
      await auth.updateAuthIdentities({
        id: authIdentityId!,
        app_metadata: { ...(current.app_metadata ?? {}), customer_id: customer.id },
      })
    }
    // The update types leave has_account out (Medusa sets it when a shopper registers); the
    // service writes it like any column.
    await container.resolve(Modules.CUSTOMER).updateCustomers(customer.id, { has_account: true } as Record<string, unknown>)
  }
  logger.info(`Shoppers can sign in: ${Object.values(refs.customers).map((c) => c.email).join(", ")} / ${DEMO_SHOPPER_PASSWORD}`)
}
