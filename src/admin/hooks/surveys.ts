import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { SurveyResults, SurveySettings } from "../lib/survey-types"

const keys = {
  settings: ["helpdesk", "settings"] as const,
  results: (from: string, to: string) => ["helpdesk", "survey-results", from, to] as const,
}

/** The survey section of GET /admin/support/settings. */
export function useSurveySettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => sdk.client.fetch<{ settings: Record<string, any> }>("/admin/support/settings").then((r) => r.settings),
    select: (settings) => settings.survey as SurveySettings,
  })
}

export function useUpdateSurveySettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (survey: Partial<Omit<SurveySettings, "default_questions">>) =>
      sdk.client
        .fetch<{ settings: Record<string, any> }>("/admin/support/settings", { method: "POST", body: { survey } })
        .then((r) => r.settings),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  })
}

/** Answers in [from, to) per agent and per canned reply. */
export function useSurveyResults(from: string, to: string) {
  return useQuery({
    queryKey: keys.results(from, to),
    queryFn: () =>
      sdk.client.fetch<{ results: SurveyResults }>("/admin/support/surveys/results", { query: { from, to } }).then((r) => r.results),
  })
}
