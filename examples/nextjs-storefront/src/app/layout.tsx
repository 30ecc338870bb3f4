import type { Metadata } from "next"
import "medusa-plugin-helpdesk-storefront/styles.css"
import "./globals.css"

export const metadata: Metadata = { title: "Help center example" }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
