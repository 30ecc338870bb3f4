import { Button, Container, Heading, Input, Label, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useSurveyResults, useSurveySettings, useUpdateSurveySettings } from "../../../../hooks/surveys"
import { SURVEY_LOCALES, SURVEY_SCALES, SurveyMeasures, SurveyScale, SurveySettings } from "../../../../lib/survey-types"

type Texts = Record<(typeof SURVEY_LOCALES)[number], { answer: string; comment: string }>

const DAY = 86_400_000
const isoDay = (d: Date) => d.toISOString().slice(0, 10)
const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`)

function textsOf(settings: SurveySettings): Texts {
  const out = {} as Texts
  for (const l of SURVEY_LOCALES) out[l] = { answer: settings.questions[l]?.answer ?? "", comment: settings.questions[l]?.comment ?? "" }
  return out
}

/** Settings → Support → Surveys: on/off, the scale, the question texts per language, and the results. */
const SurveysPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useSurveySettings()
  const update = useUpdateSurveySettings()
  const [texts, setTexts] = useState<Texts | null>(null)
  useEffect(() => {
    if (data && !texts) setTexts(textsOf(data))
  }, [data, texts])

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data || !texts) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>

  const saveWith = async (body: Parameters<typeof update.mutateAsync>[0]) => {
    try {
      await update.mutateAsync(body)
      toast.success(t("helpdesk.survey.saved"))
    } catch (err) {
      toast.error(t("helpdesk.survey.saveFailed"), { description: errorMessage(err) })
    }
  }
  // An empty text goes back to the default (null clears the stored one).
  const questions = Object.fromEntries(
    SURVEY_LOCALES.map((l) => [l, { answer: texts[l].answer.trim() || null, comment: texts[l].comment.trim() || null }])
  )
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="helpdesk-surveys">
        <div className="px-6 py-4">
          <Heading>{t("helpdesk.survey.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.survey.subtitle")}</Text>
        </div>
        <div className="flex items-center gap-x-2 px-6 py-4">
          <Switch checked={data.enabled} onCheckedChange={(enabled) => saveWith({ enabled })} />
          <Label size="small">{t("helpdesk.survey.enabled")}</Label>
        </div>
        <div className="flex items-center gap-x-4 px-6 py-4">
          <Label size="small">{t("helpdesk.survey.scale")}</Label>
          <div className="w-48">
            <Select size="small" value={data.scale} onValueChange={(scale) => saveWith({ scale: scale as SurveyScale })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SURVEY_SCALES.map((s) => (
                  <Select.Item key={s} value={s}>{t(`helpdesk.survey.scales.${s}`)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {SURVEY_LOCALES.map((locale) => (
          <div key={locale} className="flex flex-col gap-y-3 px-6 py-4">
            <Text size="small" weight="plus">{t(`helpdesk.survey.locales.${locale}`)}</Text>
            <div className="flex flex-col gap-y-1">
              <Label size="small">{t("helpdesk.survey.answerQuestion")}</Label>
              <Input
                size="small"
                value={texts[locale].answer}
                placeholder={data.default_questions[locale].answer[data.scale]}
                onChange={(e) => setTexts({ ...texts, [locale]: { ...texts[locale], answer: e.target.value } })}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="small">{t("helpdesk.survey.commentQuestion")}</Label>
              <Input
                size="small"
                value={texts[locale].comment}
                placeholder={data.default_questions[locale].comment}
                onChange={(e) => setTexts({ ...texts, [locale]: { ...texts[locale], comment: e.target.value } })}
              />
            </div>
          </div>
        ))}
        <div className="flex items-center justify-between px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.survey.questionsHint")}</Text>
          <Button size="small" onClick={() => saveWith({ questions })} isLoading={update.isPending}>{t("helpdesk.survey.save")}</Button>
        </div>
      </Container>
      <SurveyResultsSection />
    </div>
  )
}

const SurveyResultsSection = () => {
  const { t } = useTranslation()
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * DAY)))
  const [to, setTo] = useState(() => isoDay(new Date(Date.now() + DAY)))
  const { data, isError, refetch } = useSurveyResults(from, to)
  const measures = (m: SurveyMeasures) => (
    <>
      <Table.Cell>{m.answered}</Table.Cell>
      <Table.Cell>{percent(m.positive_rate)}</Table.Cell>
      <Table.Cell>{m.average_score ?? "—"}</Table.Cell>
    </>
  )
  const head = (first: string) => (
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>{first}</Table.HeaderCell>
        <Table.HeaderCell>{t("helpdesk.survey.results.answered")}</Table.HeaderCell>
        <Table.HeaderCell>{t("helpdesk.survey.results.positiveRate")}</Table.HeaderCell>
        <Table.HeaderCell>{t("helpdesk.survey.results.averageScore")}</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
  )
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-survey-results">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Heading level="h2">{t("helpdesk.survey.results.title")}</Heading>
        <div className="flex items-end gap-x-2">
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall">{t("helpdesk.survey.results.from")}</Label>
            <Input size="small" type="date" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall">{t("helpdesk.survey.results.to")}</Label>
            <Input size="small" type="date" value={to} onChange={(e) => e.target.value && setTo(e.target.value)} />
          </div>
        </div>
      </div>
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : !data ? (
        <div className="px-6 py-4"><Text size="small">{t("helpdesk.states.loading")}</Text></div>
      ) : !data.totals.answered ? (
        <div className="px-6 py-4"><Text size="small" className="text-ui-fg-subtle">{t("helpdesk.survey.results.empty")}</Text></div>
      ) : (
        <>
          <div className="flex gap-x-8 px-6 py-4">
            <Text size="small">{t("helpdesk.survey.results.answered")}: {data.totals.answered}</Text>
            <Text size="small">{t("helpdesk.survey.results.positiveRate")}: {percent(data.totals.positive_rate)}</Text>
            <Text size="small">{t("helpdesk.survey.results.averageScore")}: {data.totals.average_score ?? "—"}</Text>
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">{t("helpdesk.survey.results.byAgent")}</Text>
            <Table>
              {head(t("helpdesk.survey.results.agent"))}
              <Table.Body>
                {data.by_agent.map((r) => (
                  <Table.Row key={r.assignee_id ?? "none"}>
                    <Table.Cell>{r.assignee_id ? r.name ?? r.assignee_id : t("helpdesk.survey.results.unassigned")}</Table.Cell>
                    {measures(r)}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">{t("helpdesk.survey.results.byCannedReply")}</Text>
            <Table>
              {head(t("helpdesk.survey.results.cannedReply"))}
              <Table.Body>
                {data.by_canned_reply.map((r) => (
                  <Table.Row key={r.canned_reply_id}>
                    <Table.Cell>{r.title ?? r.canned_reply_id}</Table.Cell>
                    {measures(r)}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </Container>
  )
}

export default SurveysPage
