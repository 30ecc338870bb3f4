import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export const LoadingState = ({ label }: { label?: string }) => {
  const { t } = useTranslation()
  return (
    <div className="flex items-center justify-center px-6 py-8" role="status">
      <Text size="small" className="text-ui-fg-subtle">{label ?? t("helpdesk.states.loading")}</Text>
    </div>
  )
}

export const ErrorState = ({ label, onRetry }: { label?: string; onRetry?: () => void }) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col items-center gap-y-2 px-6 py-8" role="alert">
      <Text size="small" className="text-ui-fg-error">{label ?? t("helpdesk.states.error")}</Text>
      {onRetry && (
        <Button size="small" variant="secondary" onClick={onRetry}>
          {t("helpdesk.states.retry")}
        </Button>
      )}
    </div>
  )
}

export const EmptyState = ({ title, hint }: { title: string; hint?: string }) => (
  <div className="flex flex-col items-center gap-y-1 px-6 py-8">
    <Text size="small" weight="plus">{title}</Text>
    {hint && <Text size="small" className="text-ui-fg-subtle">{hint}</Text>}
  </div>
)

/** The message of a failed js-sdk request, for a toast. */
export const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err))
