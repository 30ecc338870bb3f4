import { simpleParser, ParsedMail } from "mailparser"
import { AddressInfo } from "net"
import { SMTPServer } from "smtp-server"

export type CaughtMail = {
  /** The SMTP envelope: who the server was asked to deliver to. */
  envelopeTo: string[]
  raw: string
  parsed: ParsedMail
}

/**
 * A real SMTP server on a free local port that keeps every mail it accepts. `failNext(n)` makes
 * the next n mails be refused (a 451), to test failed deliveries.
 */
export async function startMailCatcher() {
  const mails: CaughtMail[] = []
  let failures = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (c: Buffer) => chunks.push(c))
      stream.on("end", async () => {
        if (failures > 0) {
          failures--
          const err = new Error("Try again later") as Error & { responseCode: number }
          err.responseCode = 451
          return callback(err)
        }
        const raw = Buffer.concat(chunks).toString("utf8")
        mails.push({
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          raw,
          parsed: await simpleParser(raw),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failNext(n: number) {
      failures = n
    },
    clear() {
      mails.length = 0
    },
    /** Waits until at least `count` mails arrived (or `ms` passed) and returns them all. */
    async waitFor(count: number, ms = 10_000) {
      const until = Date.now() + ms
      while (mails.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
      return mails
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>
