import { Badge, Button, Container, Heading, Input, Label, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { HeldMailSection } from "../../../../components/email/held-mail-section"
import { useGenerateInboundSecret, useSendTestEmail, useSupportSettings, useUpdateEmailNotifications } from "../../../../hooks/support-settings"

const SHOPPER_KINDS = ["received", "reply", "solved", "merged", "guest_link"] as const
const AGENT_KINDS = ["agent_new_ticket", "agent_assigned", "agent_customer_replied"] as const

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus">{label}</Text>
    <Text size="small" className="text-ui-fg-subtle break-all font-mono">{value}</Text>
  </div>
)

/** Settings → Support → Email: sender and inbound address (from the plugin options), which notifications go out, a test mail. */
const SupportEmailSettingsPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useSupportSettings()
  const update = useUpdateEmailNotifications()
  const test = useSendTestEmail()
  const generate = useGenerateInboundSecret()
  const prompt = usePrompt()
  const [to, setTo] = useState("")
  // A generated secret is shown once, until the page is left.
  const [shownSecret, setShownSecret] = useState<string | null>(null)

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>
  const email = data.email
  const webhookUrl = `${(__BACKEND_URL__ ?? "").replace(/\/$/, "") || window.location.origin}${email.webhook_path}`

  const toggle = async (kind: string, channel: "email" | "feed", value: boolean) => {
    try {
      await update.mutateAsync({ [kind]: { [channel]: value } })
    } catch (err) {
      toast.error(t("helpdesk.email.saveFailed"), { description: errorMessage(err) })
    }
  }
  const newSecret = async () => {
    const replaces = data?.email.inbound_secret_generated_at
    if (replaces && !(await prompt({ title: t("helpdesk.email.newSecret"), description: t("helpdesk.email.newSecretReplaces"), confirmText: t("helpdesk.email.newSecret"), cancelText: t("helpdesk.email.cancel") }))) return
    try {
      setShownSecret((await generate.mutateAsync()).secret)
    } catch (err) {
      toast.error(t("helpdesk.email.saveFailed"), { description: errorMessage(err) })
    }
  }
  const sendTest = async () => {
    try {
      const result = await test.mutateAsync(to.trim() || undefined)
      if (result.status === "sent") toast.success(t("helpdesk.email.testSent", { to: result.to }))
      else toast.error(t("helpdesk.email.testFailed"), { description: result.error })
    } catch (err) {
      toast.error(t("helpdesk.email.testFailed"), { description: errorMessage(err) })
    }
  }

  const switches = (kinds: readonly string[], withFeed: boolean) =>
    kinds.map((kind) => (
      <div key={kind} className="grid grid-cols-[1fr_auto_auto] items-center gap-x-6 px-6 py-3" data-testid={`helpdesk-email-kind-${kind}`}>
        <Text size="small">{t(`helpdesk.email.kinds.${kind}`)}</Text>
        <div className="flex items-center gap-x-2">
          <Switch
            id={`${kind}-email`}
            checked={email.notifications[kind]?.email ?? true}
            onCheckedChange={(v) => toggle(kind, "email", v)}
          />
          <Label htmlFor={`${kind}-email`} size="xsmall">{t("helpdesk.email.byEmail")}</Label>
        </div>
        {withFeed ? (
          <div className="flex items-center gap-x-2">
            <Switch
              id={`${kind}-feed`}
              checked={email.notifications[kind]?.feed ?? true}
              onCheckedChange={(v) => toggle(kind, "feed", v)}
            />
            <Label htmlFor={`${kind}-feed`} size="xsmall">{t("helpdesk.email.inBell")}</Label>
          </div>
        ) : (
          <span />
        )}
      </div>
    ))

  return (
    <div className="flex flex-col gap-y-3" data-testid="helpdesk-email-settings">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("helpdesk.email.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.email.subtitle")}</Text>
          </div>
          <Badge color={email.enabled ? "green" : "grey"}>{email.enabled ? t("helpdesk.email.on") : t("helpdesk.email.off")}</Badge>
        </div>
        <Row label={t("helpdesk.email.from")} value={email.from} />
        <Row label={t("helpdesk.email.inboundAddress")} value={email.inbound_address} />
        <Row label={t("helpdesk.email.webhookUrl")} value={webhookUrl} />
        <Row
          label={t("helpdesk.email.webhookSecret")}
          value={
            email.inbound_secret_generated_at
              ? t("helpdesk.email.secretGenerated", { date: new Date(email.inbound_secret_generated_at).toLocaleString() })
              : email.inbound_secret_set
                ? t("helpdesk.email.secretSet")
                : t("helpdesk.email.secretMissing")
          }
        />
        <div className="flex flex-col gap-y-2 px-6 py-3">
          {shownSecret ? (
            <div className="flex flex-col gap-y-1" data-testid="helpdesk-email-new-secret">
              <Text size="small" weight="plus">{t("helpdesk.email.secretOnce")}</Text>
              <Input readOnly value={shownSecret} className="font-mono" onFocus={(e) => e.currentTarget.select()} />
            </div>
          ) : null}
          <div>
            <Button size="small" variant="secondary" isLoading={generate.isPending} onClick={newSecret}>
              {t("helpdesk.email.newSecret")}
            </Button>
          </div>
        </div>
        <div className="px-6 py-3">
          <Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.email.fromOptions")}</Text>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("helpdesk.email.shopperMail")}</Heading>
        </div>
        {switches(SHOPPER_KINDS, false)}
        <div className="px-6 py-4">
          <Heading level="h2">{t("helpdesk.email.agentMail")}</Heading>
        </div>
        {switches(AGENT_KINDS, true)}
      </Container>

      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("helpdesk.email.test")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.email.testHint")}</Text>
        <div className="flex items-center gap-x-2">
          <Input size="small" type="email" value={to} placeholder={t("helpdesk.email.testTo")} onChange={(e) => setTo(e.target.value)} />
          <Button size="small" variant="secondary" isLoading={test.isPending} disabled={!email.enabled} onClick={sendTest}>
            {t("helpdesk.email.sendTest")}
          </Button>
        </div>
      </Container>

      <HeldMailSection />
    </div>
  )
}

export default SupportEmailSettingsPage
