import { readFileSync } from "fs"
import { join } from "path"

const DIR = join(__dirname, "..", "fixtures", "email")

/**
 * A fixture's exact bytes with `{{NAME}}` placeholders filled in. Replacement works on the bytes
 * (latin1 round trip), so 8-bit charsets elsewhere in the file stay as written.
 */
export function emailFixture(name: string, vars: Record<string, string> = {}): Buffer {
  let text = readFileSync(join(DIR, name)).toString("latin1")
  for (const [key, value] of Object.entries(vars)) {
    text = text.split(`{{${key}}}`).join(Buffer.from(value, "utf8").toString("latin1"))
  }
  return Buffer.from(text, "latin1")
}
