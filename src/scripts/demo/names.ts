// Names the seed looks records up by, so running it again finds what it created.
export const DEMO_STORE_NAME = "Helpdesk Demo Store"
export const DEMO_ADMIN_EMAIL = "admin@helpdesk.local"
export const MARKER = "helpdesk_demo"
export const SALES_CHANNEL_NAME = "Helpdesk Demo Webshop"
export const API_KEY_TITLE = "Helpdesk demo storefront"
export const LOCATION_NAME = "Helpdesk Demo Warehouse"
/** The demo customers' password (printed by `npm run demo`). */
export const DEMO_SHOPPER_PASSWORD = "shopper123"
