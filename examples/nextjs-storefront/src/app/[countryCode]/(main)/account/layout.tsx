import { retrieveCustomer } from "@lib/data/customer"
import AccountNav from "@modules/account/components/account-nav"

// As in the starter: the @dashboard slot for a signed-in customer, the @login slot otherwise.
export default async function AccountLayout({
  dashboard,
  login,
  params,
}: {
  dashboard: React.ReactNode
  login: React.ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const [customer, { countryCode }] = await Promise.all([retrieveCustomer(), params])
  if (!customer) return login
  return (
    <div className="account">
      <AccountNav countryCode={countryCode} />
      <div>{dashboard}</div>
    </div>
  )
}
