import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { AutomateDrawer } from "../../../../components/canned-effectiveness/automate-modal"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { EFFECTIVENESS_PAGE_SIZE, useCannedEffectiveness, useUpdateEffectivenessThresholds } from "../../../../hooks/canned-effectiveness"
import { CannedEffectiveness, EffectivenessStatus, EffectivenessThresholds } from "../../../../lib/effectiveness-types"

const DAY = 86_400_000
const isoDay = (d: Date) => d.toISOString().slice(0, 10)
const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`)
const ORDERS = ["-uses", "-close_rate", "close_rate", "-reopen_rate", "-satisfaction", "title"] as const

const BADGE: Record<EffectivenessStatus, "green" | "blue" | "orange" | "grey"> = {
  ready_to_automate: "green",
  automatic: "blue",
  needs_review: "orange",
  measuring: "grey",
}

/**
 * Settings → Support → Canned reply effectiveness: per canned reply, how often it was used in the
 * period and how often that ended the conversation; the ones that do are marked "Ready to
 * automate" and can become a rule. Definitions: docs/automation.md "Canned-reply effectiveness".
 */
const CannedEffectivenessPage = () => {
  const { t } = useTranslation()
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * DAY)))
  const [to, setTo] = useState(() => isoDay(new Date(Date.now() + DAY)))
  const [order, setOrder] = useState<string>("-uses")
  const [offset, setOffset] = useState(0)
  const [automating, setAutomating] = useState<CannedEffectiveness | null>(null)
  const { data, isError, refetch } = useCannedEffectiveness({ from, to, order, offset })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="helpdesk-canned-effectiveness">
        <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
          <div>
            <Heading>{t("helpdesk.effectiveness.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.effectiveness.subtitle")}</Text>
          </div>
          <div className="flex items-end gap-x-2">
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall">{t("helpdesk.effectiveness.from")}</Label>
              <Input size="small" type="date" value={from} onChange={(e) => e.target.value && (setFrom(e.target.value), setOffset(0))} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall">{t("helpdesk.effectiveness.to")}</Label>
              <Input size="small" type="date" value={to} onChange={(e) => e.target.value && (setTo(e.target.value), setOffset(0))} />
            </div>
            <div className="flex w-48 flex-col gap-y-1">
              <Label size="xsmall">{t("helpdesk.effectiveness.order")}</Label>
              <Select size="small" value={order} onValueChange={(o) => (setOrder(o), setOffset(0))}>
                <Select.Trigger><Select.Value /></Select.Trigger>
                <Select.Content>
                  {ORDERS.map((o) => <Select.Item key={o} value={o}>{t(`helpdesk.effectiveness.orders.${o.replace("-", "desc_")}`)}</Select.Item>)}
                </Select.Content>
              </Select>
            </div>
          </div>
        </div>
        {isError ? (
          <ErrorState onRetry={() => refetch()} />
        ) : !data ? (
          <div className="px-6 py-4"><Text size="small">{t("helpdesk.states.loading")}</Text></div>
        ) : !data.canned_replies.length ? (
          <div className="px-6 py-4"><Text size="small" className="text-ui-fg-subtle">{t("helpdesk.effectiveness.empty")}</Text></div>
        ) : (
          <>
            <div className="px-6 py-2">
              <Text size="small" className="text-ui-fg-subtle">
                {t("helpdesk.effectiveness.thresholdLine", { rate: percent(data.thresholds.close_rate), uses: data.thresholds.min_uses })}
              </Text>
            </div>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.reply")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.uses")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.solvedWithoutReply")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.closeRate")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.reopenRate")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.satisfaction")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("helpdesk.effectiveness.columns.status")}</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.canned_replies.map((r) => (
                  <Table.Row key={r.id} data-testid="helpdesk-effectiveness-row">
                    <Table.Cell>{r.title}</Table.Cell>
                    <Table.Cell>{r.automatic_uses ? t("helpdesk.effectiveness.usesAutomatic", { uses: r.uses, automatic: r.automatic_uses }) : r.uses}</Table.Cell>
                    <Table.Cell>{r.solved_without_reply}</Table.Cell>
                    <Table.Cell>{percent(r.close_rate)}</Table.Cell>
                    <Table.Cell>{percent(r.reopen_rate)}</Table.Cell>
                    <Table.Cell>
                      {r.satisfaction.answers
                        ? t("helpdesk.effectiveness.satisfactionCell", {
                            average: r.satisfaction.average ?? "—",
                            positive: percent(r.satisfaction.positive_rate),
                            answers: r.satisfaction.answers,
                          })
                        : "—"}
                    </Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={BADGE[r.status]}>{t(`helpdesk.effectiveness.status.${r.status}`)}</Badge>
                    </Table.Cell>
                    <Table.Cell>
                      {!r.automatic && (
                        <Button size="small" variant={r.status === "ready_to_automate" ? "secondary" : "transparent"} onClick={() => setAutomating(r)}>
                          {t("helpdesk.effectiveness.automate.open")}
                        </Button>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <div className="flex items-center justify-between px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle">
                {t("helpdesk.effectiveness.pageOf", { from: offset + 1, to: offset + data.canned_replies.length, total: data.count })}
              </Text>
              <div className="flex gap-x-2">
                <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - EFFECTIVENESS_PAGE_SIZE))}>
                  {t("helpdesk.effectiveness.previous")}
                </Button>
                <Button size="small" variant="secondary" disabled={offset + EFFECTIVENESS_PAGE_SIZE >= data.count}
                  onClick={() => setOffset(offset + EFFECTIVENESS_PAGE_SIZE)}>
                  {t("helpdesk.effectiveness.next")}
                </Button>
              </div>
            </div>
          </>
        )}
        <AutomateDrawer reply={automating} onClose={() => setAutomating(null)} />
      </Container>
      {data && <ThresholdsSection thresholds={data.thresholds} />}
    </div>
  )
}

const ThresholdsSection = ({ thresholds }: { thresholds: EffectivenessThresholds }) => {
  const { t } = useTranslation()
  const update = useUpdateEffectivenessThresholds()
  const [rate, setRate] = useState(String(Math.round(thresholds.close_rate * 100)))
  const [uses, setUses] = useState(String(thresholds.min_uses))
  useEffect(() => {
    setRate(String(Math.round(thresholds.close_rate * 100)))
    setUses(String(thresholds.min_uses))
  }, [thresholds.close_rate, thresholds.min_uses])

  const save = async () => {
    try {
      await update.mutateAsync({ close_rate: Number(rate) / 100, min_uses: Number(uses) })
      toast.success(t("helpdesk.effectiveness.thresholds.saved"))
    } catch (err) {
      toast.error(t("helpdesk.effectiveness.thresholds.saveFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-effectiveness-thresholds">
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.effectiveness.thresholds.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.effectiveness.thresholds.hint")}</Text>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex w-40 flex-col gap-y-1">
          <Label size="small" htmlFor="effectiveness-rate">{t("helpdesk.effectiveness.thresholds.closeRate")}</Label>
          <Input id="effectiveness-rate" size="small" type="number" min={0} max={100} value={rate} onChange={(e) => setRate(e.target.value)} />
        </div>
        <div className="flex w-40 flex-col gap-y-1">
          <Label size="small" htmlFor="effectiveness-uses">{t("helpdesk.effectiveness.thresholds.minUses")}</Label>
          <Input id="effectiveness-uses" size="small" type="number" min={1} value={uses} onChange={(e) => setUses(e.target.value)} />
        </div>
        <Button size="small" onClick={save} isLoading={update.isPending}>{t("helpdesk.effectiveness.thresholds.save")}</Button>
      </div>
    </Container>
  )
}

export default CannedEffectivenessPage
