import Link from "next/link"

export default async function MainLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  return (
    <>
      <header className="site-header">
        <Link className="brand" href={`/${countryCode}/help`}>
          Example store
        </Link>
        <Link href={`/${countryCode}/help`}>Help</Link>
        <Link href={`/${countryCode}/account`}>Account</Link>
      </header>
      <main className="site-main">{children}</main>
    </>
  )
}
