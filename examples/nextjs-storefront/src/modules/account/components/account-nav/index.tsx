"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { signout } from "@lib/data/customer"

// The starter's account-nav hard-codes its links; the help center adds one: "Support".
const LINKS = [
  { href: "", label: "Overview" },
  { href: "/support", label: "Support" },
]

export default function AccountNav({ countryCode }: { countryCode: string }) {
  const pathname = usePathname()
  const base = `/${countryCode}/account`
  const current = (href: string) => (href ? pathname.startsWith(base + href) : pathname === base)
  return (
    <nav className="account-nav" aria-label="Account">
      <ul>
        {LINKS.map(({ href, label }) => (
          <li key={label}>
            <Link href={base + href} aria-current={current(href) ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={() => signout(countryCode)}>
            Log out
          </button>
        </li>
      </ul>
    </nav>
  )
}
