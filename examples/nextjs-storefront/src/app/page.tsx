import { redirect } from "next/navigation"

// The starter's middleware picks the country from the store's regions; one default is enough here.
export default function Home() {
  redirect(`/${process.env.NEXT_PUBLIC_DEFAULT_REGION || "us"}/help`)
}
