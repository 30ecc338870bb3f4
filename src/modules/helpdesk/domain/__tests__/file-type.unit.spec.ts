import { displayFilename, sniffFileType } from "../file-type"

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
