import type { ExecArgs } from "@medusajs/framework/types"

export type Container = ExecArgs["container"]
export type Logger = { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void }
