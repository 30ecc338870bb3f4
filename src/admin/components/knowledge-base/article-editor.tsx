import { Button, FocusModal, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ArticleInput, useArticleCategories, useArticlePreview, useSaveArticle } from "../../hooks/articles"
import { Article } from "../../lib/types"
import { errorMessage } from "../common/states"
import { Field } from "../common/field"
import { useDebounced } from "../../hooks/use-debounced"

const NO_CATEGORY = "__none__"

// body_html comes from the server's sanitiser (domain/articles/markdown.ts): the same HTML shoppers get.
const Html = ({ html, testId }: { html: string; testId?: string }) => (
  <div
    className="bg-ui-bg-base shadow-borders-base txt-small prose min-h-[120px] max-w-none rounded-lg px-4 py-3 [&_a]:text-ui-fg-interactive [&_h1]:txt-xlarge-plus [&_h2]:txt-large-plus [&_li]:ml-4 [&_ol]:list-decimal [&_p]:my-2 [&_ul]:list-disc"
    data-testid={testId}
    dangerouslySetInnerHTML={{ __html: html }}
  />
)

/**
 * Create or edit an article, Markdown on the left and its live preview on the right. With
 * `source` (a new translation), the article being translated is shown beside it.
 */
export const ArticleEditor = ({
  article,
  source,
  open,
  onOpenChange,
}: {
  article: Article | null
  source?: Article | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const [form, setForm] = useState({ title: "", handle: "", locale: "en", category: NO_CATEGORY, body: "", published: false })
  const { t } = useTranslation()
  const save = useSaveArticle(article?.id)
  const { data: categories } = useArticleCategories()
  const preview = useArticlePreview(useDebounced(form.body, 300))

  useEffect(() => {
    if (!open) return
    setForm({
      title: article?.title ?? "",
      handle: article?.handle ?? "",
      locale: article?.locale ?? (source ? "" : "en"),
      category: article?.category_id ?? source?.category_id ?? NO_CATEGORY,
      body: article?.body ?? "",
      published: article?.published ?? false,
    })
  }, [open, article, source])

  const set = (key: "title" | "handle" | "locale" | "body") => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const body: ArticleInput = {
      title: form.title,
      body: form.body,
      handle: form.handle.trim() || undefined,
      locale: form.locale.trim() || undefined,
      category_id: form.category === NO_CATEGORY ? null : form.category,
      published: form.published,
      ...(source && !article ? { translation_of: source.id } : {}),
    }
    try {
      await save.mutateAsync(body)
      toast.success(t("helpdesk.kb.saved"))
      onOpenChange(false)
    } catch (err) {
      toast.error(t("helpdesk.kb.failed"), { description: errorMessage(err) })
    }
  }

  const heading = article ? t("helpdesk.kb.form.editTitle") : source ? t("helpdesk.kb.form.translateTitle", { title: source.title }) : t("helpdesk.kb.form.createTitle")
  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button type="button" size="small" variant="secondary">{t("helpdesk.kb.form.cancel")}</Button>
              </FocusModal.Close>
              <Button type="submit" size="small" isLoading={save.isPending} data-testid="helpdesk-kb-save">{t("helpdesk.kb.form.save")}</Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto lg:flex-row">
            <div className="flex flex-1 flex-col gap-y-4 p-6">
              <Heading>{heading}</Heading>
              <Field id="kb-title" label={t("helpdesk.kb.form.title")}>
                <Input id="kb-title" required maxLength={200} value={form.title} onChange={set("title")} />
              </Field>
              <div className="grid grid-cols-3 gap-4">
                <Field id="kb-handle" label={t("helpdesk.kb.form.handle")} hint={t("helpdesk.kb.form.handleHint")}>
                  <Input id="kb-handle" maxLength={100} value={form.handle} onChange={set("handle")} />
                </Field>
                <Field id="kb-locale" label={t("helpdesk.kb.form.locale")} hint={t("helpdesk.kb.form.localeHint")}>
                  <Input id="kb-locale" required maxLength={35} value={form.locale} onChange={set("locale")} />
                </Field>
                <Field id="kb-category" label={t("helpdesk.kb.form.category")}>
                  <Select value={form.category} onValueChange={(category) => setForm((f) => ({ ...f, category }))}>
                    <Select.Trigger id="kb-category"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value={NO_CATEGORY}>{t("helpdesk.kb.form.noCategory")}</Select.Item>
                      {categories?.article_categories.map((c) => (
                        <Select.Item key={c.id} value={c.id}>{c.title}</Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              </div>
              <div className="flex items-center gap-x-2">
                <Switch id="kb-published" checked={form.published} onCheckedChange={(published) => setForm((f) => ({ ...f, published }))} />
                <Label htmlFor="kb-published" size="small">{t("helpdesk.kb.form.published")}</Label>
              </div>
              <Field id="kb-body" label={t("helpdesk.kb.form.body")} hint={t("helpdesk.kb.form.bodyHint")}>
                <Textarea id="kb-body" required rows={16} className="font-mono" value={form.body} onChange={set("body")} />
              </Field>
              {article && article.translations.length > 0 && (
                <div className="flex flex-col gap-y-1">
                  <Label size="small" weight="plus">{t("helpdesk.kb.form.translations")}</Label>
                  <ul className="txt-small text-ui-fg-subtle">
                    {article.translations.map((tr) => (
                      <li key={tr.id} lang={tr.locale}>
                        {tr.locale}: {tr.title} {tr.published ? "" : `(${t("helpdesk.kb.draft")})`}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
            <div className="bg-ui-bg-subtle flex flex-1 flex-col gap-y-4 border-t p-6 lg:border-l lg:border-t-0">
              {source && (
                <div className="flex flex-col gap-y-2" lang={source.locale}>
                  <Heading level="h2">{t("helpdesk.kb.form.original", { locale: source.locale })}</Heading>
                  <Text size="small" weight="plus">{source.title}</Text>
                  <Html html={source.body_html} />
                </div>
              )}
              <Heading level="h2">{t("helpdesk.kb.form.preview")}</Heading>
              <div lang={form.locale || undefined}>
                <Html html={form.body.trim() ? preview.data?.body_html ?? "" : ""} testId="helpdesk-kb-preview" />
              </div>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
