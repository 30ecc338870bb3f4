// Every string the helpdesk admin shows, in one place so it can be translated.
export const en = {
  tickets: {
    title: "Support tickets",
    empty: "No support tickets yet.",
    error: "Could not load support tickets.",
    loading: "Loading tickets…",
    count: (n: number) => (n === 1 ? "1 ticket" : `${n} tickets`),
  },
  status: { open: "Open", pending: "Pending", solved: "Solved", closed: "Closed" } as Record<string, string>,
  priority: { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" } as Record<string, string>,
}
