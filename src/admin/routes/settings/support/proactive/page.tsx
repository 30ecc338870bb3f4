import { Button, Container, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useProactiveSettings, useUpdateProactiveSettings } from "../../../../hooks/proactive"
import {
  PROACTIVE_KINDS,
  PROACTIVE_LOCALES,
  ProactiveKind,
  ProactiveKindChange,
  ProactiveMode,
  ProactiveSettings,
  ProactiveTexts,
} from "../../../../lib/proactive-types"

type Drafts = Record<ProactiveKind, { texts: ProactiveTexts; days: string }>

function draftsOf(settings: ProactiveSettings): Drafts {
  const out = {} as Drafts
  for (const kind of PROACTIVE_KINDS) out[kind] = { texts: settings[kind].texts, days: String(settings[kind].days ?? "") }
  return out
}

/** The texts as the API takes them: a text equal to the default (or empty) goes back to the default. */
function textChange(draft: ProactiveTexts, defaults: ProactiveTexts): ProactiveKindChange["texts"] {
  const out: NonNullable<ProactiveKindChange["texts"]> = {}
  for (const locale of PROACTIVE_LOCALES) {
    const pick = (field: "subject" | "message") => {
      const v = draft[locale][field].trim()
      return v && v !== defaults[locale][field] ? draft[locale][field] : null
    }
    out[locale] = { subject: pick("subject"), message: pick("message") }
  }
  return out
}

/** Settings → Support → Proactive: per order event, on/off, who it is for, its texts per language (and the days for "not shipped"). */
const ProactivePage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useProactiveSettings()
  const update = useUpdateProactiveSettings()
  const [drafts, setDrafts] = useState<Drafts | null>(null)
  useEffect(() => {
    if (data && !drafts) setDrafts(draftsOf(data))
  }, [data, drafts])

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data || !drafts) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>

  const saveWith = async (kind: ProactiveKind, change: ProactiveKindChange) => {
    try {
      await update.mutateAsync({ [kind]: change })
      toast.success(t("helpdesk.proactive.saved"))
    } catch (err) {
      toast.error(t("helpdesk.proactive.saveFailed"), { description: errorMessage(err) })
    }
  }
  const setText = (kind: ProactiveKind, locale: (typeof PROACTIVE_LOCALES)[number], field: "subject" | "message", value: string) =>
    setDrafts({
      ...drafts,
      [kind]: { ...drafts[kind], texts: { ...drafts[kind].texts, [locale]: { ...drafts[kind].texts[locale], [field]: value } } },
    })

  return (
    <div className="flex flex-col gap-y-3" data-testid="helpdesk-proactive">
      <Container className="px-6 py-4">
        <Heading>{t("helpdesk.proactive.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.proactive.subtitle")}</Text>
      </Container>
      {PROACTIVE_KINDS.map((kind) => {
        const s = data[kind]
        return (
          <Container key={kind} className="divide-y p-0" data-testid={`helpdesk-proactive-${kind}`}>
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <Heading level="h2">{t(`helpdesk.proactive.kinds.${kind}.title`)}</Heading>
              <Text size="small" className="text-ui-fg-subtle">{t(`helpdesk.proactive.kinds.${kind}.hint`)}</Text>
            </div>
            <div className="flex flex-wrap items-center gap-x-6 gap-y-3 px-6 py-4">
              <div className="flex items-center gap-x-2">
                <Switch id={`proactive-${kind}-enabled`} checked={s.enabled} onCheckedChange={(enabled) => saveWith(kind, { enabled })} />
                <Label size="small" htmlFor={`proactive-${kind}-enabled`}>{t("helpdesk.proactive.enabled")}</Label>
              </div>
              <div className="flex items-center gap-x-2">
                <Label size="small">{t("helpdesk.proactive.mode")}</Label>
                <Select value={s.mode} onValueChange={(mode) => saveWith(kind, { mode: mode as ProactiveMode })}>
                  <Select.Trigger className="w-64"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <Select.Item value="shopper">{t("helpdesk.proactive.modes.shopper")}</Select.Item>
                    <Select.Item value="internal">{t("helpdesk.proactive.modes.internal")}</Select.Item>
                  </Select.Content>
                </Select>
              </div>
              {kind === "not_shipped" && (
                <div className="flex items-center gap-x-2">
                  <Label size="small" htmlFor="proactive-not-shipped-days">{t("helpdesk.proactive.days")}</Label>
                  <Input
                    id="proactive-not-shipped-days"
                    type="number"
                    min={1}
                    max={60}
                    className="w-24"
                    value={drafts[kind].days}
                    onChange={(e) => setDrafts({ ...drafts, [kind]: { ...drafts[kind], days: e.target.value } })}
                  />
                </div>
              )}
            </div>
            {PROACTIVE_LOCALES.map((locale) => (
              <div key={locale} className="flex flex-col gap-y-2 px-6 py-4">
                <Text size="small" weight="plus">{t(`helpdesk.proactive.locales.${locale}`)}</Text>
                <Label size="small">{t("helpdesk.proactive.subject")}</Label>
                <Input value={drafts[kind].texts[locale].subject} onChange={(e) => setText(kind, locale, "subject", e.target.value)} />
                <Label size="small">{t("helpdesk.proactive.message")}</Label>
                <Textarea rows={3} value={drafts[kind].texts[locale].message} onChange={(e) => setText(kind, locale, "message", e.target.value)} />
              </div>
            ))}
            <div className="flex items-center justify-between gap-x-4 px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.proactive.placeholders")}</Text>
              <Button
                size="small"
                isLoading={update.isPending}
                onClick={() =>
                  saveWith(kind, {
                    texts: textChange(drafts[kind].texts, data.default_texts[kind]),
                    ...(kind === "not_shipped" && Number(drafts[kind].days) > 0 ? { days: Math.round(Number(drafts[kind].days)) } : {}),
                  })
                }
              >
                {t("helpdesk.proactive.save")}
              </Button>
            </div>
          </Container>
        )
      })}
    </div>
  )
}

export default ProactivePage
