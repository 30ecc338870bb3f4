import { z } from "@medusajs/framework/zod"
import { findUnknownPlaceholders } from "../placeholders"
import { safeText } from "../text"

/**
 * Proactive tickets (docs/proactive.md): the desk opens a ticket, or writes on the open ticket
 * about the order, when the store learns something went wrong with an order. Pure: the kinds,
 * their default texts per locale, the `proactive` settings section and how it is merged.
 */

export const PROACTIVE_KINDS = ["order_canceled", "return_requested", "not_shipped", "payment_failed", "delivery_failed"] as const
export type ProactiveKind = (typeof PROACTIVE_KINDS)[number]
export const PROACTIVE_MODES = ["shopper", "internal"] as const
/** shopper: a public message from the store (and an internal line); internal: agents only. */
export type ProactiveMode = (typeof PROACTIVE_MODES)[number]
export const PROACTIVE_LOCALES = ["en", "ko", "el"] as const
export type ProactiveLocale = (typeof PROACTIVE_LOCALES)[number]

/** Days after the order the not-shipped check fires by default; and the longest a merchant may choose. */
export const DEFAULT_NOT_SHIPPED_DAYS = 3
export const MAX_NOT_SHIPPED_DAYS = 60

type Texts = Record<ProactiveLocale, { subject: string; message: string }>

/**
 * The defaults, in the placeholder syntax of canned replies (domain/placeholders.ts): only the
 * documented `{{order.*}}`, `{{customer.*}}`, `{{store.name}}`... names, with optional fallbacks.
 */
export const DEFAULT_PROACTIVE_TEXTS: Record<ProactiveKind, Texts> = {
  order_canceled: {
    en: {
      subject: "Your order #{{order.display_id}} was canceled",
      message:
        'Hello {{customer.first_name | "there"}}, your order #{{order.display_id}} was canceled. Anything you paid for it is refunded to your original payment method. If you did not expect this or have a question, just reply here.',
    },
    ko: {
      subject: "주문 #{{order.display_id}}이(가) 취소되었습니다",
      message:
        '{{customer.first_name | "고객"}}님, 주문 #{{order.display_id}}이(가) 취소되었습니다. 결제하신 금액은 원래 결제 수단으로 환불됩니다. 예상하지 못한 취소이거나 궁금한 점이 있으시면 이 메시지에 답장해 주세요.',
    },
    el: {
      subject: "Η παραγγελία σας #{{order.display_id}} ακυρώθηκε",
      message:
        "Γεια σας {{customer.first_name}}, η παραγγελία σας #{{order.display_id}} ακυρώθηκε. Ό,τι πληρώσατε επιστρέφεται στον αρχικό τρόπο πληρωμής. Αν δεν το περιμένατε ή έχετε απορίες, απαντήστε εδώ.",
    },
  },
  return_requested: {
    en: {
      subject: "Your return for order #{{order.display_id}}",
      message:
        'Hello {{customer.first_name | "there"}}, we have your return request for order #{{order.display_id}}. We will check it and let you know the next steps here.',
    },
    ko: {
      subject: "주문 #{{order.display_id}} 반품 요청",
      message:
        '{{customer.first_name | "고객"}}님, 주문 #{{order.display_id}}의 반품 요청을 접수했습니다. 확인 후 다음 단계를 이곳에서 안내해 드리겠습니다.',
    },
    el: {
      subject: "Η επιστροφή σας για την παραγγελία #{{order.display_id}}",
      message:
        "Γεια σας {{customer.first_name}}, λάβαμε το αίτημα επιστροφής για την παραγγελία #{{order.display_id}}. Θα το ελέγξουμε και θα σας ενημερώσουμε εδώ για τα επόμενα βήματα.",
    },
  },
  not_shipped: {
    en: {
      subject: "An update on your order #{{order.display_id}}",
      message:
        'Hello {{customer.first_name | "there"}}, your order #{{order.display_id}} has not shipped yet and we are sorry for the wait. We are looking into it and will write to you here as soon as it is on its way.',
    },
    ko: {
      subject: "주문 #{{order.display_id}} 진행 상황 안내",
      message:
        '{{customer.first_name | "고객"}}님, 주문 #{{order.display_id}}이(가) 아직 발송되지 않아 기다리시게 해서 죄송합니다. 확인 중이며 발송되는 대로 이곳에서 알려 드리겠습니다.',
    },
    el: {
      subject: "Ενημέρωση για την παραγγελία σας #{{order.display_id}}",
      message:
        "Γεια σας {{customer.first_name}}, η παραγγελία σας #{{order.display_id}} δεν έχει αποσταλεί ακόμη και λυπούμαστε για την αναμονή. Το εξετάζουμε και θα σας γράψουμε εδώ μόλις ξεκινήσει.",
    },
  },
  payment_failed: {
    en: {
      subject: "A problem with the payment for order #{{order.display_id}}",
      message:
        'Hello {{customer.first_name | "there"}}, the payment for your order #{{order.display_id}} did not go through or needs one more step from you. Reply here and we will help you complete it.',
    },
    ko: {
      subject: "주문 #{{order.display_id}} 결제 관련 안내",
      message:
        '{{customer.first_name | "고객"}}님, 주문 #{{order.display_id}}의 결제가 완료되지 않았거나 추가 확인이 필요합니다. 이 메시지에 답장해 주시면 결제를 마칠 수 있도록 도와드리겠습니다.',
    },
    el: {
      subject: "Πρόβλημα με την πληρωμή της παραγγελίας #{{order.display_id}}",
      message:
        "Γεια σας {{customer.first_name}}, η πληρωμή της παραγγελίας σας #{{order.display_id}} δεν ολοκληρώθηκε ή χρειάζεται ένα ακόμη βήμα από εσάς. Απαντήστε εδώ και θα σας βοηθήσουμε να την ολοκληρώσετε.",
    },
  },
  delivery_failed: {
    en: {
      subject: "We could not deliver your order #{{order.display_id}}",
      message:
        'Hello {{customer.first_name | "there"}}, the carrier could not deliver your order #{{order.display_id}}. Please check your address ({{order.shipping_address.city}}) and reply here so we can arrange a new delivery.',
    },
    ko: {
      subject: "주문 #{{order.display_id}} 배송 실패 안내",
      message:
        '{{customer.first_name | "고객"}}님, 택배사가 주문 #{{order.display_id}}을(를) 배송하지 못했습니다. 주소({{order.shipping_address.city}})를 확인하신 후 이 메시지에 답장해 주시면 재배송을 준비하겠습니다.',
    },
    el: {
      subject: "Δεν ήταν δυνατή η παράδοση της παραγγελίας σας #{{order.display_id}}",
      message:
        "Γεια σας {{customer.first_name}}, η εταιρεία μεταφορών δεν μπόρεσε να παραδώσει την παραγγελία σας #{{order.display_id}}. Ελέγξτε τη διεύθυνσή σας ({{order.shipping_address.city}}) και απαντήστε εδώ για να κανονίσουμε νέα παράδοση.",
    },
  },
}

/** What each kind does while the merchant has not decided: the mode, and whether it is on. */
export const DEFAULT_PROACTIVE_MODES: Record<ProactiveKind, ProactiveMode> = {
  order_canceled: "shopper",
  // The shopper just asked for it in the storefront (and Medusa confirmed it): agents review it.
  return_requested: "internal",
  // Late orders are first the warehouse's business: agents decide what to tell the shopper.
  not_shipped: "internal",
  payment_failed: "shopper",
  delivery_failed: "shopper",
}

const template = (max: number) =>
  safeText({ min: 1, max }).refine((t) => !findUnknownPlaceholders(t).length, {
    message: "may use only the documented placeholders (docs/proactive.md)",
  })
// null takes a custom text back to the default.
const localeTexts = z.object({ subject: template(200).nullable(), message: template(4000).nullable() }).partial().strict()
const kindInput = z
  .object({
    enabled: z.boolean(),
    mode: z.enum(PROACTIVE_MODES),
    texts: z.object({ en: localeTexts, ko: localeTexts, el: localeTexts }).partial().strict(),
    /** not_shipped only: days after the order. */
    days: z.number().int().min(1).max(MAX_NOT_SHIPPED_DAYS),
  })
  .partial()
  .strict()

/** The `proactive` section of POST /admin/support/settings (merged over what is stored). */
export const ProactiveSettingsInputSchema = z
  .object({
    order_canceled: kindInput.omit({ days: true }),
    return_requested: kindInput.omit({ days: true }),
    not_shipped: kindInput,
    payment_failed: kindInput.omit({ days: true }),
    delivery_failed: kindInput.omit({ days: true }),
  })
  .partial()
  .strict()
export type ProactiveSettingsInput = z.infer<typeof ProactiveSettingsInputSchema>
type KindInput = z.infer<typeof kindInput>

export type ProactiveKindSettings = {
  enabled: boolean
  mode: ProactiveMode
  /** The texts in use: the merchant's where set, else the defaults. */
  texts: Texts
  /** Which texts are the merchant's own (the admin offers "back to default" for those). */
  custom: Partial<Record<ProactiveLocale, { subject?: boolean; message?: boolean }>>
  days?: number
}
export type ProactiveSettings = Record<ProactiveKind, ProactiveKindSettings>

/** Stored values over the defaults; bad stored data is ignored. */
export function resolveProactiveSettings(stored: unknown, enabledByDefault = true): ProactiveSettings {
  const parsed = ProactiveSettingsInputSchema.safeParse(stored ?? {})
  const value: Partial<Record<ProactiveKind, KindInput>> = parsed.success ? parsed.data : {}
  const out = {} as ProactiveSettings
  for (const kind of PROACTIVE_KINDS) {
    const v = value[kind] ?? {}
    const texts = {} as Texts
    const custom: ProactiveKindSettings["custom"] = {}
    for (const locale of PROACTIVE_LOCALES) {
      const own = v.texts?.[locale] ?? {}
      texts[locale] = {
        subject: own.subject ?? DEFAULT_PROACTIVE_TEXTS[kind][locale].subject,
        message: own.message ?? DEFAULT_PROACTIVE_TEXTS[kind][locale].message,
      }
      if (own.subject || own.message) custom[locale] = { subject: !!own.subject, message: !!own.message }
    }
    out[kind] = {
      enabled: v.enabled ?? enabledByDefault,
      mode: v.mode ?? DEFAULT_PROACTIVE_MODES[kind],
      texts,
      custom,
      ...(kind === "not_shipped" ? { days: v.days ?? DEFAULT_NOT_SHIPPED_DAYS } : {}),
    }
  }
  return out
}

/** `change` over what is stored, kind by kind and text by text (null removes a custom text). */
export function mergeProactiveSettings(stored: unknown, change: ProactiveSettingsInput): ProactiveSettingsInput {
  const parsed = ProactiveSettingsInputSchema.safeParse(stored ?? {})
  const base: Partial<Record<ProactiveKind, KindInput>> = parsed.success ? parsed.data : {}
  const next: Partial<Record<ProactiveKind, KindInput>> = { ...base }
  for (const kind of PROACTIVE_KINDS) {
    const c = (change as Partial<Record<ProactiveKind, KindInput>>)[kind]
    if (!c) continue
    const b = base[kind] ?? {}
    const texts: Record<string, unknown> = { ...(b.texts ?? {}) }
    for (const locale of PROACTIVE_LOCALES) {
      const t = c.texts?.[locale]
      if (!t) continue
      // A null is kept (not dropped): the settings row's JSON is merged key by key when it is
      // updated, so a missing key would leave the old text in place.
      const merged: Record<string, string | null> = {}
      for (const field of ["subject", "message"] as const) {
        const value = t[field] !== undefined ? t[field] : b.texts?.[locale]?.[field]
        if (value !== undefined) merged[field] = value
      }
      texts[locale] = merged
    }
    const { texts: _t, ...rest } = c
    next[kind] = { ...b, ...rest, texts: texts as KindInput["texts"] }
  }
  return next as ProactiveSettingsInput
}

/** "ko-KR" -> "ko"; anything unsupported -> "en". */
export function proactiveLocale(locale: string | null | undefined): ProactiveLocale {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0]
  return (PROACTIVE_LOCALES as readonly string[]).includes(base) ? (base as ProactiveLocale) : "en"
}
