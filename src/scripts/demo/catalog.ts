// Products and customers (with their orders) of the demo store.

export const EUROPE = ["ie", "gb", "fr", "de", "gr", "es", "it", "nl"]
export const KOREA = ["kr"]

export const PRODUCTS = [
  {
    handle: "helpdesk-demo-hoodie",
    title: "Everyday Hoodie",
    description: "Heavyweight organic cotton hoodie with a roomy front pocket.",
    option: { title: "Size", values: ["S", "M", "L"] },
    eur: 59,
    krw: 79000,
  },
  {
    handle: "helpdesk-demo-trail-shoes",
    title: "Trail Running Shoes",
    description: "Lightweight trail shoes with a grippy outsole.",
    option: { title: "Size", values: ["40", "42", "44"] },
    eur: 120,
    krw: 159000,
  },
  {
    handle: "helpdesk-demo-mug",
    title: "Ceramic Mug",
    description: "Hand-glazed stoneware mug, 350 ml.",
    option: { title: "Colour", values: ["Sand", "Sea"] },
    eur: 14,
    krw: 19000,
  },
] as const

export type ProductHandle = (typeof PRODUCTS)[number]["handle"]

export type OrderPlan = {
  key: string
  items: { handle: ProductHandle; option: string; quantity: number }[]
  // How far the order gets: placed (pending, unpaid) -> paid -> fulfilled -> shipped -> delivered -> completed
  stage: "placed" | "paid" | "fulfilled" | "shipped" | "delivered" | "completed"
}

export type CustomerPlan = {
  key: "emma" | "minji" | "giorgos" | "lucas"
  email: string
  first_name: string
  last_name: string
  phone: string
  region: "Europe" | "Korea"
  address: { address_1: string; city: string; postal_code: string; country_code: string; province?: string }
  orders: OrderPlan[]
}

export const CUSTOMERS: CustomerPlan[] = [
  {
    key: "emma",
    email: "emma.walsh@example.com",
    first_name: "Emma",
    last_name: "Walsh",
    phone: "+353 1 555 0142",
    region: "Europe",
    address: { address_1: "14 Harcourt Street", city: "Dublin", postal_code: "D02 XY45", country_code: "ie" },
    orders: [
      { key: "emma-1", stage: "completed", items: [{ handle: "helpdesk-demo-hoodie", option: "M", quantity: 1 }, { handle: "helpdesk-demo-mug", option: "Sea", quantity: 2 }] },
      { key: "emma-2", stage: "shipped", items: [{ handle: "helpdesk-demo-trail-shoes", option: "40", quantity: 1 }] },
      { key: "emma-3", stage: "placed", items: [{ handle: "helpdesk-demo-mug", option: "Sand", quantity: 1 }] },
    ],
  },
  {
    key: "minji",
    email: "minji.kim@example.com",
    first_name: "민지",
    last_name: "김",
    phone: "+82 2 555 0199",
    region: "Korea",
    address: { address_1: "테헤란로 152", city: "서울", province: "서울특별시", postal_code: "06236", country_code: "kr" },
    orders: [
      { key: "minji-1", stage: "delivered", items: [{ handle: "helpdesk-demo-hoodie", option: "S", quantity: 1 }] },
      { key: "minji-2", stage: "paid", items: [{ handle: "helpdesk-demo-trail-shoes", option: "42", quantity: 1 }, { handle: "helpdesk-demo-mug", option: "Sand", quantity: 1 }] },
    ],
  },
  {
    key: "giorgos",
    email: "giorgos.papadopoulos@example.com",
    first_name: "Γιώργος",
    last_name: "Παπαδόπουλος",
    phone: "+30 21 0555 0123",
    region: "Europe",
    address: { address_1: "Ερμού 25", city: "Αθήνα", postal_code: "105 63", country_code: "gr" },
    orders: [
      { key: "giorgos-1", stage: "completed", items: [{ handle: "helpdesk-demo-hoodie", option: "L", quantity: 1 }] },
      { key: "giorgos-2", stage: "fulfilled", items: [{ handle: "helpdesk-demo-trail-shoes", option: "44", quantity: 1 }] },
      { key: "giorgos-3", stage: "placed", items: [{ handle: "helpdesk-demo-mug", option: "Sea", quantity: 4 }] },
    ],
  },
  {
    key: "lucas",
    email: "lucas.martin@example.com",
    first_name: "Lucas",
    last_name: "Martin",
    phone: "+33 1 55 50 01 77",
    region: "Europe",
    address: { address_1: "8 Rue de la Roquette", city: "Paris", postal_code: "75011", country_code: "fr" },
    orders: [
      { key: "lucas-1", stage: "completed", items: [{ handle: "helpdesk-demo-trail-shoes", option: "42", quantity: 1 }] },
      { key: "lucas-2", stage: "paid", items: [{ handle: "helpdesk-demo-hoodie", option: "L", quantity: 2 }] },
    ],
  },
]
