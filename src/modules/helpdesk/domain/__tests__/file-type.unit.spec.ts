import { contentDisposition, displayFilename, servedMimeType, shownFilename, sniffFileType } from "../file-type"

const bytes = (hex: string) => Buffer.from(hex, "hex")

describe("upload type sniffing", () => {
  it("recognises images and PDFs by content", () => {
    expect(sniffFileType(bytes("89504e470d0a1a0a0000"))?.mime).toBe("image/png")
    expect(sniffFileType(bytes("ffd8ffe000104a464946"))?.mime).toBe("image/jpeg")
    expect(sniffFileType(Buffer.from("GIF89a"))?.mime).toBe("image/gif")
    expect(sniffFileType(Buffer.concat([Buffer.from("RIFF"), bytes("00000000"), Buffer.from("WEBPVP8 ")]))?.mime).toBe("image/webp")
    expect(sniffFileType(Buffer.from("%PDF-1.7"))?.mime).toBe("application/pdf")
  })

  it("refuses SVG, HTML and anything else", () => {
    expect(sniffFileType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull()
    expect(sniffFileType(Buffer.from("<!doctype html><script>"))).toBeNull()
    expect(sniffFileType(Buffer.alloc(0))).toBeNull()
  })

  it("keeps only a clean base name with the real extension", () => {
    expect(displayFilename("../../etc/passwd.png", "png")).toBe("passwd.png")
    expect(displayFilename("C:\\evil\\x\".svg", "png")).toBe("x.png")
    expect(displayFilename("스크린샷 2026.jpeg", "jpg")).toBe("스크린샷 2026.jpg")
    expect(displayFilename(undefined, "pdf")).toBe("attachment.pdf")
  })
})

describe("shown file names", () => {
  it("drops bidi controls so a name cannot pretend to another extension", () => {
    expect(displayFilename("invoice\u202Egnp.pdf", "pdf")).toBe("invoicegnp.pdf")
    expect(shownFilename("photo\u202Egnp.exe")).toBe("photognp.exe")
    for (const c of ["\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"]) {
      expect(shownFilename(`a${c}b.png`)).toBe("ab.png")
    }
  })

  it("drops C0/C1 controls, line separators, BOM and lone surrogates, keeps real text and emoji", () => {
    expect(shownFilename("a\u0000b\u0007c\u001b\u007f\u0085\u009f\u2028\u2029\ufeff.png")).toBe("abc.png")
    expect(shownFilename("bad\ud800name.png")).toBe("badname.png")
    expect(shownFilename("παράδειγμα 🙂.png")).toBe("παράδειγμα 🙂.png")
    expect(shownFilename(null)).toBe("")
  })

  it("cuts long names between code points, never inside an emoji", () => {
    const name = shownFilename("🙂".repeat(200))
    expect(Array.from(name)).toHaveLength(150)
    expect(name).toBe("🙂".repeat(150))
  })
})

describe("serving headers", () => {
  it("shows images inline and downloads PDFs and anything else", () => {
    expect(contentDisposition("a.png", "image/png")).toMatch(/^inline;/)
    expect(contentDisposition("a.webp", "image/webp")).toMatch(/^inline;/)
    expect(contentDisposition("a.pdf", "application/pdf")).toMatch(/^attachment;/)
    expect(contentDisposition("a.svg", "image/svg+xml")).toMatch(/^attachment;/)
  })

  it("encodes the name per RFC 5987 with a plain ASCII fallback and no header injection", () => {
    expect(contentDisposition("스크린샷 (1).png", "image/png")).toBe(
      `inline; filename="____ (1).png"; filename*=UTF-8''%EC%8A%A4%ED%81%AC%EB%A6%B0%EC%83%B7%20%281%29.png`
    )
    const nasty = contentDisposition('x"\r\nSet-Cookie: a=b;\u202E.pdf', "application/pdf")
    expect(nasty).not.toMatch(/[\r\n\u202E]/)
    expect(nasty).toBe(`attachment; filename="xSet-Cookie: a=b_.pdf"; filename*=UTF-8''xSet-Cookie%3A%20a%3Db%3B.pdf`)
  })

  it("serves only accepted types as themselves", () => {
    expect(servedMimeType("image/png")).toBe("image/png")
    expect(servedMimeType("text/html")).toBe("application/octet-stream")
    expect(servedMimeType("toString")).toBe("application/octet-stream")
  })
})
