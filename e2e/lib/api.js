"use strict"
// The demo store's HTTP API, for setting up data and checking what the browser did.

const BASE_URL = process.env.E2E_BASE_URL || "http://localhost:9000"
const ADMIN = { email: "admin@helpdesk.local", password: "supersecret" }

async function request(path, { method = "GET", body, token, headers = {} } = {}) {
  const res = await fetch(BASE_URL + path, {
    method,
    headers: {
      ...headers,
      ...(body ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${JSON.stringify(data)}`)
  return data
}

async function adminClient() {
  const { token } = await request("/auth/user/emailpass", { method: "POST", body: ADMIN })
  const get = (path) => request(path, { token })
  const post = (path, body) => request(path, { method: "POST", body, token })
  const del = (path) => request(path, { method: "DELETE", token })
  return { token, get, post, delete: del }
}

module.exports = { BASE_URL, ADMIN, request, adminClient }
