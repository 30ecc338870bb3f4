"use client"

import { useActionState } from "react"
import { login } from "@lib/data/customer"

export default function Login({ countryCode }: { countryCode: string }) {
  const [state, formAction, pending] = useActionState(login, null)
  return (
    <form action={formAction} className="login" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      <input type="hidden" name="country_code" value={countryCode} />
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state?.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  )
}
