import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(120_000)

// The bundle is built by `npm test` (scripts/test.js); a direct jest run builds it here.
const EMBED_DIR = path.resolve(__dirname, "..", "..", ".medusa", "embed")
if (!fs.existsSync(path.join(EMBED_DIR, "manifest.json"))) {
  require("../../scripts/lib/build-embed").buildEmbed({ quiet: true })
}
const manifest = JSON.parse(fs.readFileSync(path.join(EMBED_DIR, "manifest.json"), "utf8"))
const bytes = fs.readFileSync(path.join(EMBED_DIR, manifest.file))

const statusOf = async (p: Promise<any>) => {
  try {
    return (await p).status
  } catch (e: any) {
    return e.response?.status
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("GET /helpdesk/embed.js and /helpdesk/embed.<hash>.js", () => {
      it("serves the current build under the moving name with a short cache", async () => {
        const res = await api.get("/helpdesk/embed.js", { responseType: "arraybuffer" })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8")
        expect(res.headers["x-content-type-options"]).toBe("nosniff")
        expect(res.headers["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=86400")
        expect(res.headers["etag"]).toBe(`"${manifest.hash}"`)
        expect(res.headers["x-helpdesk-embed"]).toBe(manifest.file)
        expect(res.headers["cross-origin-resource-policy"]).toBe("cross-origin")
        expect(Buffer.from(res.data).equals(bytes)).toBe(true)
        // It is the embed: it defines the two elements.
        expect(bytes.toString("utf8")).toContain("medusa-help-center")
        expect(bytes.toString("utf8")).toContain("medusa-help-button")
      })

      it("serves the hashed name as immutable, without a publishable key or session", async () => {
        const res = await api.get(`/helpdesk/${manifest.file}`, { responseType: "arraybuffer" })
        expect(res.status).toBe(200)
        expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8")
        expect(res.headers["x-content-type-options"]).toBe("nosniff")
        expect(Buffer.from(res.data).equals(bytes)).toBe(true)
      })

      it("answers 304 to a matching If-None-Match", async () => {
        const res = await api.get("/helpdesk/embed.js", {
          headers: { "if-none-match": `"${manifest.hash}"` },
          validateStatus: () => true,
        })
        expect(res.status).toBe(304)
        const other = await api.get("/helpdesk/embed.js", { headers: { "if-none-match": `"0000"` }, validateStatus: () => true })
        expect(other.status).toBe(200)
      })

      it("is 404 for an unknown version and for other file names", async () => {
        const wrong = manifest.hash.replace(/^./, (c: string) => (c === "0" ? "1" : "0"))
        expect(await statusOf(api.get(`/helpdesk/embed.${wrong}.js`))).toBe(404)
        expect(await statusOf(api.get("/helpdesk/embed.0.1.0.js"))).toBe(404)
        expect(await statusOf(api.get("/helpdesk/manifest.json"))).toBe(404)
        expect(await statusOf(api.get("/helpdesk/..%2Fpackage.json"))).toBe(404)
      })
    })
  },
})
