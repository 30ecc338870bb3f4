// Proactive tickets from order events (helpdesk.proactive.*), kept apart from en.ts like
// survey.en.ts; index.ts puts them under helpdesk.proactive.
export const proactiveEn = {
  settingsLink: "Proactive",
  title: "Proactive tickets",
  subtitle:
    "When something goes wrong with an order, the desk speaks first: it writes on the open ticket about the order, or opens one. Each event is handled once, however often the store reports it.",
  enabled: "On",
  mode: "Who it is for",
  modes: { shopper: "The shopper (a message from the store)", internal: "Agents only (an internal note)" },
  days: "Days after the order",
  subject: "Subject of a new ticket",
  message: "Message",
  placeholders:
    "The same placeholders as canned replies (order.display_id, customer.first_name, order.items, order.tracking_links... in double braces). An empty text, or the default, uses the default.",
  save: "Save texts",
  saved: "Saved",
  saveFailed: "Could not save",
  locales: { en: "English", ko: "Korean", el: "Greek" },
  kinds: {
    order_canceled: {
      title: "Order canceled by the store",
      hint: "When an order is canceled in the admin or by your code. Not when an agent canceled it from a ticket (that ticket already says so).",
    },
    return_requested: {
      title: "Return requested from the storefront",
      hint: "When a shopper asks for a return in the storefront. Returns your team starts are left out.",
    },
    not_shipped: {
      title: "Not shipped after some days",
      hint: "Checked every hour: orders with nothing shipped this many days after they were placed (orders up to 30 days older are looked at).",
    },
    payment_failed: {
      title: "Payment failed or needs the shopper",
      hint: "When the payment provider reports a failed payment, or one that needs more from the shopper, for an order that exists.",
    },
    delivery_failed: {
      title: "Delivery failed",
      hint: "Medusa has no such event: your carrier integration calls the recordDeliveryFailureWorkflow (see docs/proactive.md).",
    },
  },
}
