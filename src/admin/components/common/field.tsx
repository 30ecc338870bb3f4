import { Label, Text } from "@medusajs/ui"

/** A labelled form field with an optional hint below it (the editors' one layout). */
export const Field = ({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1.5">
    <Label htmlFor={id} size="small" weight="plus">{label}</Label>
    {children}
    {hint && <Text size="xsmall" className="text-ui-fg-subtle">{hint}</Text>}
  </div>
)
