import { Marked } from "marked"
import sanitizeHtml from "sanitize-html"

/**
 * Article bodies are Markdown written by agents and shown to shoppers as HTML. marked renders
 * (GitHub-flavoured, raw HTML passed through), then sanitize-html keeps only the allowlist below:
 * raw HTML in the Markdown is reduced to it, every other tag is dropped (script/style/iframe with
 * their content), attributes outside the list (on*, style, class) are removed, URLs must be
 * http(s)/mailto (images http(s) only), and links get rel="noopener noreferrer".
 */

// A private instance: extensions someone adds to marked's global instance never apply here.
const marked = new Marked({ gfm: true, breaks: false, async: false })

const ALLOWED_TAGS = [
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
  "strong", "em", "del", "s", "ul", "ol", "li", "a", "img",
  "table", "thead", "tbody", "tr", "th", "td", "input",
]

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    // GFM task lists only.
    input: ["type", "checked", "disabled"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "title"],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer" } }),
    input: (tagName, attribs) =>
      attribs.type === "checkbox"
        ? { tagName, attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) } }
        : { tagName: "", attribs: {}, text: "" },
  },
  exclusiveFilter: (frame) => frame.tag === "" ,
}

/** Sanitised HTML of an article's Markdown body. */
export function renderArticleHtml(markdown: string): string {
  const html = marked.parse(markdown) as string
  return sanitizeHtml(html, SANITIZE).trim()
}

/** Plain text of an article body (for search tokens): the rendered HTML without any tag. */
export function articlePlainText(markdown: string): string {
  return sanitizeHtml(renderArticleHtml(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
}
