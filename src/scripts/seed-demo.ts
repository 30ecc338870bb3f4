/**
 * Demo data for the helpdesk demo store: `npx medusa exec ./src/scripts/seed-demo.ts`
 * (`npm run demo` runs it once on a new database).
 *
 * 1. Commerce, through Medusa's own workflows: store currencies, a Europe (EUR) and a Korea (KRW)
 *    region, a sales channel with a publishable API key, a stock location with shipping options,
 *    three products, four customers (English, Korean, Greek, French) and their orders, some
 *    paid, fulfilled, shipped, delivered and completed.
 * 2. Helpdesk, through this plugin's workflows: two agents, 14 tickets in English, Korean and
 *    Greek across every status (two from guests), replies, an internal note, and canned replies.
 * 3. Knowledge base: published articles in four categories, each in English, Korean and Greek
 *    (translations linked), and a sign-in (emailpass) for each demo customer.
 *
 * Re-runnable: every record is looked up before it is created, and each part, once complete,
 * is recorded in the store's metadata (`helpdesk_demo`), which `npm run demo` reads to skip
 * seeding. A part that failed runs again next time.
 */
import type { ExecArgs, IStoreModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { MARKER } from "./demo/names"
import { seedCommerce } from "./demo/seed-commerce"
import { seedHelpdesk } from "./demo/seed-helpdesk"
import { seedKnowledgeBase } from "./demo/seed-knowledge-base"
import { seedShoppers } from "./demo/seed-shoppers"
import { Container, Logger } from "./demo/types"

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const storeService = container.resolve<IStoreModuleService>(Modules.STORE)
  const started = Date.now()

  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("No store: run `npx medusa db:migrate` first (it creates the default store).")
  const done = ((store.metadata ?? {})[MARKER] ?? {}) as Record<string, string>

  if (done.commerce && done.helpdesk && done.articles && done.shoppers && !process.env.SEED_FORCE) {
    logger.info(`Demo data already seeded (${done.commerce}); set SEED_FORCE=1 to run the seed again.`)
    return
  }

  const commerce = await seedCommerce(container, logger, store.id)
  await markDone(container, store.id, "commerce")
  logger.info(`Commerce demo data ready (${secs(started)}).`)

  const t = Date.now()
  if (await seedHelpdesk(container, logger, commerce)) {
    await markDone(container, store.id, "helpdesk")
    logger.info(`Helpdesk demo data ready (${secs(t)}). Seed finished in ${secs(started)}.`)
  } else {
    logger.warn(`Helpdesk demo data partly seeded (${secs(t)}); the seed runs again next time.`)
  }

  // Added after the first demo databases were seeded: a database seeded before gets them on its next start.
  await seedKnowledgeBase(container, logger)
  await markDone(container, store.id, "articles")
  await seedShoppers(container, logger, commerce)
  await markDone(container, store.id, "shoppers")

  logger.info(`Publishable API key (x-publishable-api-key): ${commerce.publishableKey}`)
}

function secs(since: number) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`
}

async function markDone(container: Container, storeId: string, part: "commerce" | "helpdesk" | "articles" | "shoppers") {
  const storeService = container.resolve<IStoreModuleService>(Modules.STORE)
  const store = await storeService.retrieveStore(storeId)
  const metadata = { ...(store.metadata ?? {}) }
  metadata[MARKER] = { ...((metadata[MARKER] as object) ?? {}), [part]: new Date().toISOString() }
  await updateStoresWorkflow(container).run({ input: { selector: { id: storeId }, update: { metadata } } })
}
