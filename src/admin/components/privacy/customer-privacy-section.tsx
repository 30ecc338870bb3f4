import { Button, Container, Heading, Label, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../common/states"
import { PrivacySubject, usePrivacyErase, usePrivacyExport } from "../../hooks/privacy"

type Customer = { id: string; email: string; first_name?: string | null; last_name?: string | null }

/**
 * Privacy requests from the customer page (docs/privacy.md): download everything the helpdesk
 * holds on the customer as a zip, or erase it. By the account; guest tickets filed with the
 * customer's email are another person as far as the desk can prove, so they are included only
 * when the agent says so.
 */
export const CustomerPrivacySection = ({ customer }: { customer: Customer }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const exporter = usePrivacyExport()
  const eraser = usePrivacyErase()
  const [withEmail, setWithEmail] = useState(false)
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email

  const subjects = (): PrivacySubject[] => [{ customer_id: customer.id }, ...(withEmail && customer.email ? [{ email: customer.email }] : [])]

  const onExport = async () => {
    try {
      await exporter.mutateAsync(subjects().map((subject) => ({ subject, suffix: "email" in subject ? "email" : undefined })))
      toast.success(t("helpdesk.privacy.exported"))
    } catch (err) {
      toast.error(t("helpdesk.privacy.exportFailed"), { description: errorMessage(err) })
    }
  }

  const onErase = async () => {
    const confirmed = await prompt({
      title: t("helpdesk.privacy.eraseTitle", { name }),
      description: withEmail ? t("helpdesk.privacy.eraseDescriptionWithEmail", { name, email: customer.email }) : t("helpdesk.privacy.eraseDescription", { name }),
      confirmText: t("helpdesk.privacy.eraseConfirm"),
      cancelText: t("helpdesk.privacy.cancel"),
      // The agent types the customer's email, so an erasure is never one stray click.
      verificationText: customer.email,
      verificationInstruction: t("helpdesk.privacy.typeToConfirm"),
    })
    if (!confirmed) return
    try {
      const erased = await eraser.mutateAsync(subjects())
      toast.success(t("helpdesk.privacy.erased", { name }), {
        description: t("helpdesk.privacy.erasedCounts", { tickets: erased.tickets, messages: erased.messages, attachments: erased.attachments }),
      })
    } catch (err) {
      toast.error(t("helpdesk.privacy.eraseFailed"), { description: errorMessage(err) })
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-customer-privacy">
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.privacy.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.privacy.hint")}</Text>
      </div>
      {customer.email && (
        <div className="flex items-center gap-x-2 px-6 py-3">
          <Switch id="helpdesk-privacy-email" checked={withEmail} onCheckedChange={setWithEmail} />
          <Label htmlFor="helpdesk-privacy-email" size="small">{t("helpdesk.privacy.includeEmail", { email: customer.email })}</Label>
        </div>
      )}
      <div className="flex flex-wrap justify-end gap-2 px-6 py-4">
        <Button size="small" variant="secondary" onClick={onExport} isLoading={exporter.isPending}>
          {t("helpdesk.privacy.export")}
        </Button>
        <Button size="small" variant="danger" onClick={onErase} isLoading={eraser.isPending}>
          {t("helpdesk.privacy.erase")}
        </Button>
      </div>
    </Container>
  )
}
