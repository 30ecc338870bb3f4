import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { ContactRateReport } from "../lib/report-types"

const DAY = 86_400_000

export type ContactRateQuery = { days: number; product_id?: string; order?: string; limit?: number; offset?: number }

const keys = {
  contactRate: (q: ContactRateQuery) => ["helpdesk", "reports", "contact-rate", q] as const,
}

/** Contact rate per product over the last `days` days (the server's clock ends the period). */
export function useContactRate(q: ContactRateQuery) {
  return useQuery({
    queryKey: keys.contactRate(q),
    queryFn: () =>
      sdk.client.fetch<ContactRateReport>("/admin/support/reports/contact-rate", {
        query: {
          // Computed at fetch time (the key holds the number of days); `to` is the server's now.
          from: new Date(Date.now() - q.days * DAY).toISOString(),
          ...(q.product_id ? { product_id: q.product_id } : {}),
          ...(q.order ? { order: q.order } : {}),
          limit: q.limit ?? 20,
          offset: q.offset ?? 0,
        },
      }),
    staleTime: 60_000,
  })
}
