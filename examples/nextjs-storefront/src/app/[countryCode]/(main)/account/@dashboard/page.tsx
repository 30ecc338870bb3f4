import { retrieveCustomer } from "@lib/data/customer"

export default async function Overview() {
  const customer = await retrieveCustomer()
  return <h1>Hello {customer?.first_name || customer?.email}</h1>
}
