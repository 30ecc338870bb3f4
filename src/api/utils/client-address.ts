import { MedusaRequest } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

const MAX_LENGTH = 64

function normalise(address: string | undefined | null): string | null {
  const a = (address ?? "").trim().toLowerCase()
  if (!a) return null
  // The same IPv4 client over a dual-stack socket shows as ::ffff:1.2.3.4.
  return (a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a).slice(0, MAX_LENGTH)
}

/**
 * The client's address as the last trusted hop saw it. With no trusted proxy it is the socket's
 * peer and X-Forwarded-For is ignored (a client sets that header itself). Each trusted proxy
 * appends the address it received the request from, so behind N proxies the client is the Nth
 * entry from the right; entries left of it are whatever the client sent. When the header has fewer
 * entries than that, the leftmost is used (as Express does with a hop count).
 */
export function clientAddressFrom(
  input: { socketAddress?: string | null; forwardedFor?: string | string[] | null },
  trustedProxies: number
): string {
  const socket = normalise(input.socketAddress) ?? "unknown"
  if (trustedProxies <= 0) return socket
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : input.forwardedFor ?? ""
  const hops = header
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean)
  if (!hops.length) return socket
  return normalise(hops[Math.max(0, hops.length - trustedProxies)]) ?? socket
}

/** The requesting client's address, by the plugin's `trustedProxies` option (never `req.ip`). */
export function clientAddress(req: MedusaRequest): string {
  const { trustedProxies } = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions()
  return clientAddressFrom(
    { socketAddress: req.socket?.remoteAddress, forwardedFor: req.headers["x-forwarded-for"] },
    trustedProxies
  )
}
