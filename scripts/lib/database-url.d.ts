export function databaseUrlFromEnv(env?: NodeJS.ProcessEnv): string | undefined
