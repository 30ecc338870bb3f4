import type { AddressObject, EmailAddress } from "mailparser"
import { oneLine } from "./text"
import { MailAddress } from "./types"

const ADDRESS = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+$/

/** A usable address, lower-cased, or null (a group name, garbage, an address with spaces). */
export function cleanAddress(raw: string | null | undefined): string | null {
  const address = (raw ?? "").trim().toLowerCase()
  return address.length <= 254 && ADDRESS.test(address) ? address : null
}

export function mailAddress(address: string | null | undefined, name?: string | null): MailAddress | null {
  const clean = cleanAddress(address)
  return clean ? { address: clean, name: oneLine(name, 200) || null } : null
}

function flattenGroups(list: EmailAddress[]): EmailAddress[] {
  return list.flatMap((a) => (a.group ? flattenGroups(a.group) : [a]))
}

/** mailparser's address header value(s) as addresses, groups flattened, unusable ones left out. */
export function fromAddressObjects(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = value ? (Array.isArray(value) ? value : [value]) : []
  return objects
    .flatMap((o) => flattenGroups(o.value ?? []))
    .map((a) => mailAddress(a.address, a.name))
    .filter((a): a is MailAddress => !!a)
}

/** Bare addresses out of a header such as Delivered-To (`a@b`, `<a@b>`, `Name <a@b>, c@d`). */
export function addressesIn(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(","))
    .map((part) => cleanAddress(/<([^<>]*)>/.exec(part)?.[1] ?? part))
    .filter((a): a is string => !!a)
}
