export function databaseUrlFromEnv(env?: NodeJS.ProcessEnv): string | undefined
export function withDatabase(url: string, dbName: string): string
export function redact(url: string): string
