// Priority for rare writers and auto-close (helpdesk.automation.*), kept apart from en.ts so other
// capabilities' strings merge without conflicts; index.ts puts them under helpdesk.automation.
export const automationEn = {
  priorityLink: "Priority",
  autoCloseLink: "Auto-close",
  priority: {
    title: "Priority",
    subtitle:
      "The inbox sorts by a score: the ticket's priority, how close its SLA target is, and a bonus for customers who rarely write to you.",
    weight: "Rare-writer weight",
    weightHint: "0 switches the bonus off. At 1, a customer's only ticket gets as much as one priority level; with n tickets, 1/n of it.",
    window: "Count a customer's tickets of the last (days)",
    score: "Score",
    column: "Score",
    sortLabel: "Priority score",
    level: "Priority {{level}}",
    slaLeft: "{{clock}} due in {{time}}",
    slaOverdue: "{{clock}} overdue by {{time}}",
    writes_one: "{{count}} ticket in {{days}} days",
    writes_other: "{{count}} tickets in {{days}} days",
    rare: "Rare writer: {{writes}}",
    frequent: "Frequent writer: {{writes}}",
    notCounted: "not counted",
    notScored: "Not scored yet",
  },
  autoClose: {
    title: "Auto-close",
    subtitle:
      "Solved tickets close after a while. Pending tickets the customer has not answered get one reminder, then are solved. Each step leaves a line in the ticket.",
    enabled: "Close and remind automatically",
    solvedCloseDays: "Close solved tickets after (days)",
    pendingReminderDays: "Remind on pending tickets after (days without an answer)",
    pendingSolveDays: "Solve them after the reminder (days)",
    invalid: "Enter whole days from 1 to 365",
  },
}
