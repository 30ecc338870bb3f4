import { articlePlainText, renderArticleHtml } from "../markdown"

describe("renderArticleHtml", () => {
  it("renders Markdown: headings, emphasis, lists, tables, code", () => {
    const html = renderArticleHtml("# Returns\n\nSend it **back** within *30* days.\n\n- one\n- two\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n`code`")
    expect(html).toContain("<h1>Returns</h1>")
    expect(html).toContain("<strong>back</strong>")
    expect(html).toContain("<em>30</em>")
    expect(html).toContain("<li>one</li>")
    expect(html).toContain('<th align="left">a</th>')
    expect(html).toContain("<code>code</code>")
  })

  it("removes scripts, styles, frames and forms with what they hold", () => {
    const html = renderArticleHtml(
      "Hi <script>alert(1)</script><style>*{}</style><iframe src=\"https://e.test\">x</iframe><form><button>go</button></form><svg><script>2</script></svg>"
    )
    expect(html).not.toMatch(/<script|<style|<iframe|<form|<button|<svg|alert|\*\{\}/i)
    expect(html).toContain("Hi")
  })

  it("drops event handlers, styles and classes from raw HTML and keeps the allowed tags", () => {
    const html = renderArticleHtml('<div onclick="x()" style="color:red" class="c">raw <b onmouseover="y()">b</b> <strong>s</strong></div> <img src="https://i.test/a.png" onerror="z()">')
    expect(html).not.toMatch(/onclick|onmouseover|onerror|style=|class=|<div|<b>/i)
    expect(html).toContain("<strong>s</strong>")
    expect(html).toContain('<img src="https://i.test/a.png" />')
  })

  it("refuses javascript:, data: and protocol-relative URLs; links get rel=noopener noreferrer", () => {
    const html = renderArticleHtml(
      '[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(1)">b</a> <a href="jav&#x09;ascript:alert(1)">c</a> [d](//evil.test) ![e](data:image/png;base64,AAAA) [ok](https://shop.test/returns) [mail](mailto:help@shop.test)'
    )
    expect(html).not.toMatch(/javascript|data:|\/\/evil/i)
    expect(html).toContain('<a href="https://shop.test/returns" rel="noopener noreferrer">ok</a>')
    expect(html).toContain('<a href="mailto:help@shop.test" rel="noopener noreferrer">mail</a>')
    for (const a of html.match(/<a [^>]*>/g) ?? []) expect(a).toContain('rel="noopener noreferrer"')
  })

  it("overrides a rel or target given in raw HTML", () => {
    const html = renderArticleHtml('<a href="https://x.test" rel="opener" target="_blank">x</a>')
    expect(html).toBe('<p><a href="https://x.test" rel="noopener noreferrer">x</a></p>')
  })

  it("keeps GFM task boxes inert and drops other inputs", () => {
    const html = renderArticleHtml("- [x] done\n- [ ] todo\n\n<input type=\"text\" value=\"x\" onfocus=\"a()\">")
    expect(html).toContain('<input type="checkbox" disabled checked />')
    expect(html).not.toMatch(/type="text"|onfocus/)
  })

  it("keeps every script and emoji", () => {
    expect(renderArticleHtml("환불 요청 · Επιστροφή χρημάτων · 🎁")).toBe("<p>환불 요청 · Επιστροφή χρημάτων · 🎁</p>")
  })
})

describe("articlePlainText", () => {
  it("is the visible text only", () => {
    expect(articlePlainText("## Track *your* order\n\n<script>secret()</script>Tom & Jerry").replace(/\s+/g, " ").trim()).toBe(
      "Track your order Tom & Jerry"
    )
  })
})
