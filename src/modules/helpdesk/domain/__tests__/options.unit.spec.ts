import { parseHelpdeskOptions } from "../options"

describe("plugin options", () => {
  it("fills every default", () => {
    expect(parseHelpdeskOptions(undefined)).toEqual({
      guestTokenTtlDays: 90,
      trustedProxies: 0,
      autoAcknowledge: { enabled: true },
      survey: { enabled: true, ttlDays: 30 },
      proactive: { enabled: true },
      rateLimits: {
        createTicket: { max: 10, windowSeconds: 600 },
        addMessage: { max: 30, windowSeconds: 600 },
        upload: { max: 20, windowSeconds: 600 },
        uploadBytes: { max: 100 * 1024 * 1024, windowSeconds: 600 },
        ticketAction: { max: 30, windowSeconds: 600 },
        guestTicketsPerEmail: { max: 5, windowSeconds: 3600 },
        guestTicketsStoreWide: { max: 200, windowSeconds: 600 },
        guestUploadsStoreWide: { max: 500, windowSeconds: 600 },
        guestLink: { max: 5, windowSeconds: 3600 },
        guestLinkPerEmail: { max: 3, windowSeconds: 3600 },
        articleSearch: { max: 300, windowSeconds: 600 },
        articleFeedback: { max: 30, windowSeconds: 3600 },
        privacyExport: { max: 3, windowSeconds: 3600 },
        privacyExportDownload: { max: 10, windowSeconds: 3600 },
        surveyAnswer: { max: 10, windowSeconds: 600 },
        surveyView: { max: 120, windowSeconds: 600 },
      },
      email: {
        enabled: false,
        from: "support@localhost",
        inboundDomain: "localhost",
        replyLocalPart: "support",
        maxInboundBytes: 25 * 1024 * 1024,
        storefrontTicketUrl: "http://localhost:8000/support/tickets/{id}?token={token}",
        storefrontSurveyUrl: "http://localhost:8000/support/surveys/{token}",
        inboundPerSenderPerHour: 20,
        adminTicketUrl: "http://localhost:9000/app/support/{id}",
        templates: {},
        automaticMailPerRecipient: { max: 3, windowSeconds: 86_400 },
        unverifiedMailStoreWide: { max: 100, windowSeconds: 3600 },
        maxAttempts: 5,
      },
    })
  })

  it("keeps valid values and ignores keys Medusa adds", () => {
    const parsed = parseHelpdeskOptions({ guestTokenTtlDays: 7, storeName: "Σπίτι", database: { clientUrl: "x" } })
    expect(parsed).toMatchObject({ guestTokenTtlDays: 7, storeName: "Σπίτι" })
    expect(parsed).not.toHaveProperty("database")
  })

  it("names the bad option in a clear error", () => {
    expect(() => parseHelpdeskOptions({ guestTokenTtlDays: "ninety" })).toThrow(
      /medusa-plugin-helpdesk: invalid plugin options - guestTokenTtlDays: /
    )
    expect(() => parseHelpdeskOptions({ guestTokenSecret: "short" })).toThrow(/guestTokenSecret/)
    expect(() => parseHelpdeskOptions({ rateLimits: { createTicket: { max: 0, windowSeconds: 60 } } })).toThrow(
      /rateLimits\.createTicket\.max/
    )
    expect(() => parseHelpdeskOptions({ trustedProxies: -1 })).toThrow(/trustedProxies/)
    expect(() => parseHelpdeskOptions({ email: { inboundDomain: "in.example.com\r\nBcc: x" } })).toThrow(/email\.inboundDomain/)
    expect(() => parseHelpdeskOptions({ email: { from: "not an address" } })).toThrow(/email\.from/)
    expect(() => parseHelpdeskOptions({ email: { inboundSecret: "short" } })).toThrow(/email\.inboundSecret/)
    expect(() => parseHelpdeskOptions({ email: { templates: { nope: { en: { subject: "x" } } } } })).toThrow(/email\.templates/)
    expect(() => parseHelpdeskOptions({ email: { templates: { solved: { en: { body: "x" } } } } })).toThrow(/email\.templates/)
    expect(() => parseHelpdeskOptions({ trustedProxies: 1.5 })).toThrow(/trustedProxies/)
    expect(() => parseHelpdeskOptions({ email: { storefrontSurveyUrl: "https://shop.test/feedback?t={token}" } })).toThrow(
      /email\.storefrontSurveyUrl: must end in \/surveys\/\{token\}/
    )
    expect(parseHelpdeskOptions({ email: { storefrontSurveyUrl: "https://shop.test/ko/surveys/{token}?utm=mail" } }).email.storefrontSurveyUrl).toBe(
      "https://shop.test/ko/surveys/{token}?utm=mail"
    )
    expect(() => parseHelpdeskOptions({ survey: { ttlDays: 0 } })).toThrow(/survey\.ttlDays/)
    expect(parseHelpdeskOptions({ rateLimits: { ticketAction: { max: 3, windowSeconds: 60 } } }).rateLimits).toMatchObject({
      ticketAction: { max: 3, windowSeconds: 60 },
      createTicket: { max: 10, windowSeconds: 600 },
    })
    expect(() => parseHelpdeskOptions({ rateLimits: { creatTicket: { max: 1, windowSeconds: 60 } } })).toThrow(/rateLimits/)
  })
})
