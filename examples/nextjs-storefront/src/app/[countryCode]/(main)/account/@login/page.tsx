import Login from "@modules/account/components/login"

export default async function LoginPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  return <Login countryCode={countryCode} />
}
