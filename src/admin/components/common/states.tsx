import { Button, Text } from "@medusajs/ui"
import { en } from "../../i18n/en"

export const LoadingState = ({ label = en.states.loading }: { label?: string }) => (
  <div className="flex items-center justify-center px-6 py-8" role="status">
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
  </div>
)

export const ErrorState = ({ label = en.states.error, onRetry }: { label?: string; onRetry?: () => void }) => (
  <div className="flex flex-col items-center gap-y-2 px-6 py-8" role="alert">
    <Text size="small" className="text-ui-fg-error">{label}</Text>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        {en.states.retry}
      </Button>
    )}
  </div>
)

export const EmptyState = ({ title, hint }: { title: string; hint?: string }) => (
  <div className="flex flex-col items-center gap-y-1 px-6 py-8">
    <Text size="small" weight="plus">{title}</Text>
    {hint && <Text size="small" className="text-ui-fg-subtle">{hint}</Text>}
  </div>
)

/** The message of a failed js-sdk request, for a toast. */
export const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err))
