import {
  answeredLine,
  mergeSurveySettings,
  presentAnswer,
  questionsFor,
  resolveSurveySettings,
  scoreOf,
  surveyLocale,
  SurveySettingsInputSchema,
} from "../settings"

describe("survey settings", () => {
  it("default to on, yes/no, no custom texts; the plugin option decides on/off until stored", () => {
    expect(resolveSurveySettings(undefined)).toEqual({ enabled: true, scale: "yes_no", questions: {} })
    expect(resolveSurveySettings(undefined, false).enabled).toBe(false)
    expect(resolveSurveySettings({ enabled: true }, false).enabled).toBe(true)
    expect(resolveSurveySettings({ scale: "ten_point" })).toEqual({ enabled: true, scale: "yes_no", questions: {} })
  })

  it("accept only the documented keys and scales", () => {
    expect(SurveySettingsInputSchema.safeParse({ scale: "five_point", questions: { ko: { answer: "도움이 되었나요?" } } }).success).toBe(true)
    for (const bad of [
      { scale: "ten_point" },
      { enabled: "yes" },
      { questions: { de: { answer: "Hilfreich?" } } },
      { questions: { en: { answer: "" } } },
      { questions: { en: { title: "x" } } },
      { questions: { en: { answer: "a\u0000b" } } },
      { extra: true },
    ]) {
      expect(SurveySettingsInputSchema.safeParse(bad).success).toBe(false)
    }
  })

  it("merge a change over what is stored, per locale and text", () => {
    const stored = { enabled: false, questions: { en: { answer: "Sorted?" }, ko: { comment: "의견" } } }
    expect(mergeSurveySettings(stored, { scale: "five_point", questions: { en: { comment: "Tips?" } } })).toEqual({
      enabled: false,
      scale: "five_point",
      questions: { en: { answer: "Sorted?", comment: "Tips?" }, ko: { comment: "의견" } },
    })
  })
})

describe("survey questions", () => {
  it("come in the ticket's language with the scale's options; custom texts win", () => {
    const settings = resolveSurveySettings({ questions: { el: { comment: "Τι να βελτιώσουμε;" } } })
    const [answer, comment] = questionsFor(settings, "yes_no", "en")
    expect(answer).toEqual({ id: "answer", type: "yes_no", text: "Did this answer your question?", required: true, options: ["yes", "no"] })
    expect(comment).toMatchObject({ id: "comment", type: "text", text: "How could we do better?", required: false })
    expect(questionsFor(settings, "five_point", "ko")[0]).toMatchObject({ type: "five_point", options: [1, 2, 3, 4, 5] })
    expect(questionsFor(settings, "five_point", "ko")[0].text).toMatch(/답변/)
    expect(questionsFor(settings, "yes_no", "el")[1].text).toBe("Τι να βελτιώσουμε;")
    // null takes a custom text back to the default.
    const cleared = resolveSurveySettings(mergeSurveySettings({ questions: { el: { comment: "Τι;" } } }, { questions: { el: { comment: null } } }))
    expect(questionsFor(cleared, "yes_no", "el")[1].text).toBe("Πώς θα μπορούσαμε να γίνουμε καλύτεροι;")
  })

  it("pick the locale from the ticket's tag, English otherwise", () => {
    expect([surveyLocale("ko-KR"), surveyLocale("el_GR"), surveyLocale("EL"), surveyLocale("fr"), surveyLocale(null)]).toEqual([
      "ko",
      "el",
      "el",
      "en",
      "en",
    ])
  })
})

describe("survey answers as the ticket's rating", () => {
  it("yes is 5 and positive, no is 1; a 1-5 answer is its own score, 4 and 5 positive", () => {
    expect(scoreOf("yes_no", "yes")).toEqual({ score: 5, positive: true, answer: "yes" })
    expect(scoreOf("yes_no", "no")).toEqual({ score: 1, positive: false, answer: "no" })
    expect([1, 2, 3, 4, 5].map((n) => scoreOf("five_point", n))).toEqual([
      { score: 1, positive: false, answer: "1" },
      { score: 2, positive: false, answer: "2" },
      { score: 3, positive: false, answer: "3" },
      { score: 4, positive: true, answer: "4" },
      { score: 5, positive: true, answer: "5" },
    ])
  })

  it("refuse an answer off the survey's scale", () => {
    expect(scoreOf("yes_no", 5)).toBeNull()
    expect(scoreOf("five_point", "yes")).toBeNull()
    expect(scoreOf("five_point", 0)).toBeNull()
    expect(scoreOf("five_point", 6)).toBeNull()
    expect(scoreOf("five_point", 2.5)).toBeNull()
  })

  it("read back as given, and leave a plain system line", () => {
    expect(presentAnswer("yes_no", "no")).toBe("no")
    expect(presentAnswer("five_point", "4")).toBe(4)
    expect(answeredLine("five_point", 4)).toBe("Survey answered: 4/5")
    expect(answeredLine("yes_no", "yes")).toMatch(/yes/)
  })
})
