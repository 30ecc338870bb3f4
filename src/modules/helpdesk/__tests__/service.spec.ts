import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { useCLocaleDatabase } from "./c-locale-database"
import { HELPDESK_MODULE } from "../domain/constants"
import { INBOX_SEARCH_COUNT_LIMIT } from "../domain/inbox-query"
import { mergeSearchText } from "../domain/search-tokens"
import HelpdeskModuleService from "../service"

jest.setTimeout(60_000)

// Hosts' databases come with any locale; this one has the least helpful: LC_CTYPE 'C'.
const DB_NAME = useCLocaleDatabase("helpdesk-module-c-locale")

const ticket = (subject: string, extra: Record<string, unknown> = {}) => ({
  subject,
  search_text: mergeSearchText("", subject),
  last_message_at: new Date(),
  ...extra,
})

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: path.join(__dirname, ".."),
  dbName: DB_NAME,
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const page = { order: { key: "last_message_at" as const, direction: "desc" as const }, limit: 20, offset: 0 }
    const search = async (q: string) => (await service.listInboxTicketIds({ q }, page)).ids

    it("runs on a database whose lc_ctype is C", async () => {
      const [row] = await MikroOrmWrapper.getManager().execute(
        "SELECT datctype FROM pg_database WHERE datname = current_database()"
      )
      expect(row.datctype).toBe("C")
    })

    it("finds Korean, Greek and English words whatever the database locale", async () => {
      const [ko, el, en] = await service.createSupportTickets([
        ticket("환불요청합니다 배송지연"),
        ticket("ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ"),
        ticket("Refunded twice"),
      ])
      expect(await search("환불")).toEqual([ko.id])
      expect(await search("환불요청")).toEqual([ko.id])
      expect(await search("지연")).toEqual([ko.id])
      expect(await search("환")).toEqual([ko.id])
      expect(await search("επιστροφη")).toEqual([el.id])
      expect(await search("Επιστροφή χρημάτων")).toEqual([el.id])
      expect(await search("refund")).toEqual([en.id])
      expect(await search("REFUNDED")).toEqual([en.id])
      expect(await search("환불 refund")).toEqual([])
      expect(await search("!!!")).toEqual([])
    })

    it("filters, sorts by priority and counts the inbox in one query", async () => {
      const [low, urgent, normal] = await service.createSupportTickets([
        ticket("a", { priority: "low", tags: ["x"] }),
        ticket("b", { priority: "urgent", assignee_id: "user_1", tags: ["x", "y"] }),
        ticket("c", { priority: "normal", status: "pending" }),
      ])
      const byPriority = { ...page, order: { key: "priority" as const, direction: "desc" as const } }
      expect((await service.listInboxTicketIds({}, byPriority)).ids).toEqual([urgent.id, normal.id, low.id])
      expect((await service.listInboxTicketIds({ assignee_id: null }, byPriority)).ids).toEqual([normal.id, low.id])
      expect((await service.listInboxTicketIds({ tag: "x", status: ["open"] }, byPriority)).ids).toEqual([urgent.id, low.id])
      expect(await service.listInboxTicketIds({}, { ...byPriority, limit: 1, offset: 1 })).toEqual({ ids: [normal.id], count: 3, countExact: true })
    })

    it("counts a search up to its limit, then says there are at least that many", async () => {
      await service.createSupportTickets(
        Array.from({ length: INBOX_SEARCH_COUNT_LIMIT + 2 }, (_, i) => ticket(`Refund request ${i}`))
      )
      const byPriority = { ...page, order: { key: "priority" as const, direction: "desc" as const } }
      const broad = await service.listInboxTicketIds({ q: "refund" }, byPriority)
      expect(broad).toMatchObject({ count: INBOX_SEARCH_COUNT_LIMIT, countExact: false })
      expect(broad.ids).toHaveLength(20)
      // Without a search the limit is higher: these are counted exactly.
      expect(await service.listInboxTicketIds({ status: ["open"] }, { ...byPriority, limit: 1 })).toMatchObject({
        count: INBOX_SEARCH_COUNT_LIMIT + 2,
        countExact: true,
      })
      expect(await service.listInboxTicketIds({ q: "request 101" }, byPriority)).toMatchObject({ count: 1, countExact: true })
    })

    it("keeps canned-reply shortcuts unique among live replies only", async () => {
      const first = await service.createSupportCannedReplies({ title: "Thanks", body: "Thank you!", shortcut: "ty" })
      await expect(service.createSupportCannedReplies({ title: "Again", body: "x", shortcut: "ty" })).rejects.toThrow()
      await service.softDeleteSupportCannedReplies(first.id)
      await expect(service.createSupportCannedReplies({ title: "Again", body: "x", shortcut: "ty" })).resolves.toBeTruthy()
    })

    it("stores one ticket per idempotency key", async () => {
      await service.createSupportTickets(ticket("first", { idempotency_key: "k1" }))
      await expect(service.createSupportTickets(ticket("second", { idempotency_key: "k1" }))).rejects.toThrow()
    })
  },
})
