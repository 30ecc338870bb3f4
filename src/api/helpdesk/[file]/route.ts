import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  EMBED_LATEST,
  EMBED_LATEST_CACHE,
  EMBED_VERSIONED_CACHE,
  loadEmbedBundle,
} from "../../utils/embed-bundle"

/**
 * The one-tag embed script (docs/storefront.md "One-tag embed"): `GET /helpdesk/embed.js`
 * (short cache) and `GET /helpdesk/embed.<hash>.js` (immutable). Public: a script tag sends no
 * key; the script itself carries no secret.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const name = req.params.file
  const bundle = loadEmbedBundle()
  const latest = name === EMBED_LATEST
  if (!bundle) {
    if (latest) {
      res.status(503).set("Cache-Control", "no-store").json({
        type: "unexpected_state",
        message: "The help center embed is not built: run `npm run build:embed` in medusa-plugin-helpdesk",
      })
      return
    }
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${name} was not found`)
  }
  if (!latest && name !== bundle.file) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${name} was not found`)
  }
  res.set({
    "Content-Type": "text/javascript; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": latest ? EMBED_LATEST_CACHE : EMBED_VERSIONED_CACHE,
    ETag: bundle.etag,
    // Any storefront's page loads it, also with crossorigin/SRI or under COEP.
    "Access-Control-Allow-Origin": "*",
    "Cross-Origin-Resource-Policy": "cross-origin",
    "X-Helpdesk-Embed": bundle.file,
    Link: `</helpdesk/${bundle.file}>; rel="canonical"`,
  })
  const inm = req.headers["if-none-match"]
  if (typeof inm === "string" && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === bundle.etag)) {
    res.status(304).end()
    return
  }
  res.status(200).send(bundle.code)
}
