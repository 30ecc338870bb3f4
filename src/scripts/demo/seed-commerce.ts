import type { ExecArgs, IStoreModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  completeOrderWorkflow,
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createLocationFulfillmentSetWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderShipmentWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  markFulfillmentAsDeliveredWorkflow,
  markPaymentCollectionAsPaid,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CUSTOMERS, CustomerPlan, EUROPE, KOREA, OrderPlan, PRODUCTS } from "./catalog"
import { API_KEY_TITLE, DEMO_STORE_NAME, LOCATION_NAME, SALES_CHANNEL_NAME } from "./names"
import { Container, Logger } from "./types"
export type CommerceRefs = {
  publishableKey: string
  customers: Record<CustomerPlan["key"], { id: string; email: string; first_name: string; last_name: string }>
  orders: Record<string, { id: string; display_id: number; customer_id: string }>
}

export async function seedCommerce(container: Container, logger: Logger, storeId: string): Promise<CommerceRefs> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const productService = container.resolve(Modules.PRODUCT)
  const customerService = container.resolve(Modules.CUSTOMER)

  // Sales channel and publishable key: the defaults `medusa db:migrate` creates (Default Sales
  // Channel, Default Publishable API Key), or our own when they are missing.
  logger.info("Seeding sales channel and publishable API key...")
  const {
    data: [storeRow],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"], filters: { id: storeId } })
  let [salesChannel] = storeRow?.default_sales_channel_id
    ? await salesChannelService.listSalesChannels({ id: storeRow.default_sales_channel_id })
    : await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Storefront of the helpdesk demo" }] },
    })
    salesChannel = result[0]
  }
  const { data: channelKeys } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "publishable_api_keys.id", "publishable_api_keys.token", "publishable_api_keys.revoked_at"],
    filters: { id: salesChannel.id },
  })
  let apiKey: { id: string; token: string } | undefined = (channelKeys[0]?.publishable_api_keys ?? []).find(
    (k: any) => k && !k.revoked_at
  ) as any
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: API_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  // Regions and tax regions
  logger.info("Seeding regions...")
  const regionIds: Record<"Europe" | "Korea", string> = { Europe: "", Korea: "" }
  for (const [name, currency_code, countries] of [
    ["Europe", "eur", EUROPE],
    ["Korea", "krw", KOREA],
  ] as const) {
    let [region] = await regionService.listRegions({ name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [{ name, currency_code, countries: [...countries], payment_providers: ["pp_system_default"] }],
        },
      })
      region = result[0]
    }
    regionIds[name] = region.id
  }
  const existingTax = await taxService.listTaxRegions({ country_code: [...EUROPE, ...KOREA] })
  const missingTax = [...EUROPE, ...KOREA].filter((c) => !existingTax.some((t) => t.country_code === c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  // Store: name, currencies, defaults
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        name: DEMO_STORE_NAME,
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "krw" },
        ],
        default_sales_channel_id: salesChannel.id,
        default_region_id: regionIds.Europe,
      },
    },
  })

  // Stock location, fulfillment set, service zones, shipping options
  logger.info("Seeding stock location and shipping...")
  let [location] = await stockLocationService.listStockLocations({ name: LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          { name: LOCATION_NAME, address: { address_1: "Unit 4, Park West", city: "Dublin", country_code: "IE" } },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: `${LOCATION_NAME} delivery`, type: "shipping" } },
    })
    await updateStoresWorkflow(container).run({
      input: { selector: { id: storeId }, update: { default_location_id: location.id } },
    })
  }
  const { data: [locationWithSets] } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
    filters: { id: location.id },
  })
  const fulfillmentSet = locationWithSets.fulfillment_sets?.[0]
  if (!fulfillmentSet) throw new Error(`Stock location ${location.id} has no fulfillment set`)

  let [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  const zoneIds: Record<"Europe" | "Korea", string> = { Europe: "", Korea: "" }
  for (const [name, countries] of [
    ["Europe", EUROPE],
    ["Korea", KOREA],
  ] as const) {
    const existing = (fulfillmentSet.service_zones ?? []).find((z: any) => z?.name === name)
    if (existing) {
      zoneIds[name] = existing.id
      continue
    }
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            fulfillment_set_id: fulfillmentSet.id,
            name,
            geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
          },
        ],
      },
    })
    zoneIds[name] = result[0].id
  }

  const shippingOptionIds: Record<"Europe" | "Korea", string> = { Europe: "", Korea: "" }
  for (const [zone, name, price] of [
    ["Europe", "Standard shipping (EU)", { currency_code: "eur", amount: 5 }],
    ["Korea", "Standard shipping (Korea)", { currency_code: "krw", amount: 3000 }],
  ] as const) {
    let [option] = await fulfillmentService.listShippingOptions({ name })
    if (!option) {
      const { result } = await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: zoneIds[zone],
            shipping_profile_id: shippingProfile.id,
            type: { label: "Standard", description: "Delivered in 2-4 working days.", code: "standard" },
            prices: [{ ...price }, { region_id: regionIds[zone], amount: price.amount }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      option = result[0]
    }
    shippingOptionIds[zone] = option.id
  }

  // Products
  logger.info("Seeding products...")
  const existingProducts = await productService.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { select: ["id", "handle"] }
  )
  const missingProducts = PRODUCTS.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfile.id,
          options: [{ title: p.option.title, values: [...p.option.values] }],
          variants: p.option.values.map((value) => ({
            title: value,
            sku: `${p.handle.replace("helpdesk-demo-", "").toUpperCase()}-${value.toUpperCase()}`,
            options: { [p.option.title]: value },
            manage_inventory: false,
            prices: [
              { currency_code: "eur", amount: p.eur },
              { currency_code: "krw", amount: p.krw },
            ],
          })),
          sales_channels: [{ id: salesChannel.id }],
        })),
      },
    })
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "variants.id", "variants.title"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const variantId = (handle: string, option: string) => {
    const variant = products.find((p) => p.handle === handle)?.variants?.find((v: any) => v?.title === option)
    if (!variant) throw new Error(`No variant ${option} of ${handle}`)
    return variant.id
  }

  // Customers
  logger.info("Seeding customers...")
  const existingCustomers = await customerService.listCustomers({ email: CUSTOMERS.map((c) => c.email) })
  const missingCustomers = CUSTOMERS.filter((c) => !existingCustomers.some((e) => e.email === c.email))
  if (missingCustomers.length) {
    await createCustomersWorkflow(container).run({
      input: {
        customersData: missingCustomers.map((c) => ({
          email: c.email,
          first_name: c.first_name,
          last_name: c.last_name,
          phone: c.phone,
          has_account: false,
          addresses: [
            {
              first_name: c.first_name,
              last_name: c.last_name,
              phone: c.phone,
              ...c.address,
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        })),
      },
    })
  }
  const customers = await customerService.listCustomers({ email: CUSTOMERS.map((c) => c.email) })
  const refs: CommerceRefs = { publishableKey: apiKey.token, customers: {} as CommerceRefs["customers"], orders: {} }
  for (const plan of CUSTOMERS) {
    const c = customers.find((x) => x.email === plan.email)!
    refs.customers[plan.key] = { id: c.id, email: c.email, first_name: plan.first_name, last_name: plan.last_name }
  }

  // Orders
  logger.info("Seeding orders...")
  for (const plan of CUSTOMERS) {
    const customer = refs.customers[plan.key]
    const { data: existing } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "customer_id", "metadata"],
      filters: { customer_id: customer.id },
    })
    for (const orderPlan of plan.orders) {
      const found = existing.find((o: any) => o.metadata?.demo_key === orderPlan.key)
      if (found) {
        refs.orders[orderPlan.key] = { id: found.id, display_id: Number(found.display_id), customer_id: customer.id }
        continue
      }
      const address = {
        first_name: plan.first_name,
        last_name: plan.last_name,
        phone: plan.phone,
        ...plan.address,
      }
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: regionIds[plan.region],
          sales_channel_id: salesChannel.id,
          customer_id: customer.id,
          email: customer.email,
          shipping_address: address,
          billing_address: address,
          // The catalogue price, as the storefront would charge it (no tax in the demo regions).
          items: orderPlan.items.map((i) => {
            const product = PRODUCTS.find((p) => p.handle === i.handle)!
            return {
              variant_id: variantId(i.handle, i.option),
              quantity: i.quantity,
              title: product.title,
              unit_price: plan.region === "Korea" ? product.krw : product.eur,
              is_tax_inclusive: false,
            }
          }),
          shipping_methods: [
            {
              name: plan.region === "Korea" ? "Standard shipping (Korea)" : "Standard shipping (EU)",
              amount: plan.region === "Korea" ? 3000 : 5,
              shipping_option_id: shippingOptionIds[plan.region],
            },
          ],
          metadata: { demo_key: orderPlan.key },
        },
      })
      refs.orders[orderPlan.key] = { id: order.id, display_id: order.display_id, customer_id: customer.id }
      await advanceOrder(container, logger, order.id, orderPlan.stage)
    }
  }
  return refs
}

export async function advanceOrder(container: Container, logger: Logger, orderId: string, stage: OrderPlan["stage"]) {
  if (stage === "placed") return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "total", "items.id", "items.quantity"],
    filters: { id: orderId },
  })

  const { result: collections } = await createOrderPaymentCollectionWorkflow(container).run({
    input: { order_id: order.id, amount: Number(order.total) },
  })
  await markPaymentCollectionAsPaid(container).run({
    input: { order_id: order.id, payment_collection_id: collections[0].id },
  })
  if (stage === "paid") return

  const items = (order.items ?? []).map((i: any) => ({ id: i.id, quantity: Number(i.quantity) }))
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: order.id, items },
  })
  if (stage === "fulfilled") return

  await createOrderShipmentWorkflow(container).run({
    input: {
      order_id: order.id,
      fulfillment_id: fulfillment.id,
      items,
      labels: [
        {
          tracking_number: `DEMO${order.id.slice(-8).toUpperCase()}`,
          tracking_url: `https://tracking.example.com/DEMO${order.id.slice(-8).toUpperCase()}`,
          label_url: "#",
        },
      ],
    },
  })
  if (stage === "shipped") return

  await markFulfillmentAsDeliveredWorkflow(container).run({ input: { id: fulfillment.id } })
  if (stage === "delivered") return

  await completeOrderWorkflow(container).run({ input: { orderIds: [order.id] } })
}
