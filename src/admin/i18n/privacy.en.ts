// Privacy requests on the customer page (helpdesk.privacy.*), docs/privacy.md.
export const privacyEn = {
  title: "Support data",
  hint: "Everything the helpdesk holds on this customer: tickets, messages, internal notes and files.",
  includeEmail: "Also guest tickets filed with {{email}}",
  export: "Export support data",
  exported: "The support data archive was downloaded",
  exportFailed: "Could not export the support data",
  erase: "Erase support data",
  eraseTitle: "Erase the support data of {{name}}?",
  eraseDescription:
    "Every message of {{name}}'s tickets is redacted, their files are deleted and the tickets are anonymised. This cannot be undone.",
  eraseDescriptionWithEmail:
    "Every message of {{name}}'s tickets, and of guest tickets filed with {{email}}, is redacted, their files are deleted and the tickets are anonymised. This cannot be undone.",
  typeToConfirm: "Type {val} to confirm:",
  eraseConfirm: "Erase",
  cancel: "Cancel",
  erased: "The support data of {{name}} was erased",
  erasedCounts: "Tickets: {{tickets}} · messages redacted: {{messages}} · files deleted: {{attachments}}",
  eraseFailed: "Could not erase the support data; nothing was changed",
}
