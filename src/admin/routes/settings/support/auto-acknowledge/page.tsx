import { Button, Container, Heading, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useAutoAckSettings, useUpdateAutoAckSettings } from "../../../../hooks/sla"
import { AUTO_ACK_LOCALES, AUTO_ACK_VARIANTS, AutoAckSettings } from "../../../../lib/sla-types"

/** Settings → Support → Auto-acknowledgement: on/off and the texts per language, in and out of hours. */
const AutoAcknowledgePage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useAutoAckSettings()
  const update = useUpdateAutoAckSettings()
  const [texts, setTexts] = useState<AutoAckSettings["texts"] | null>(null)
  useEffect(() => {
    if (data && !texts) setTexts(data.texts)
  }, [data, texts])

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data || !texts) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>

  const saveWith = async (body: Partial<AutoAckSettings>) => {
    try {
      await update.mutateAsync(body)
      toast.success(t("helpdesk.sla.saved"))
    } catch (err) {
      toast.error(t("helpdesk.sla.saveFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-auto-acknowledge">
      <div className="px-6 py-4">
        <Heading>{t("helpdesk.sla.autoAck.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.sla.autoAck.subtitle")}</Text>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Switch checked={data.enabled} onCheckedChange={(enabled) => saveWith({ enabled })} />
        <Label size="small">{t("helpdesk.sla.autoAck.enabled")}</Label>
      </div>
      {AUTO_ACK_LOCALES.map((locale) => (
        <div key={locale} className="flex flex-col gap-y-3 px-6 py-4">
          <Text size="small" weight="plus">{t(`helpdesk.sla.locales.${locale}`)}</Text>
          {AUTO_ACK_VARIANTS.map((variant) => (
            <div key={variant} className="flex flex-col gap-y-1">
              <Label size="small">{t(`helpdesk.sla.autoAck.${variant}`)}</Label>
              <Textarea
                rows={3}
                value={texts[locale][variant]}
                onChange={(e) => setTexts({ ...texts, [locale]: { ...texts[locale], [variant]: e.target.value } })}
              />
            </div>
          ))}
        </div>
      ))}
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.sla.autoAck.placeholders")}</Text>
        <Button size="small" onClick={() => saveWith({ texts })} isLoading={update.isPending}>{t("helpdesk.sla.save")}</Button>
      </div>
    </Container>
  )
}

export default AutoAcknowledgePage
