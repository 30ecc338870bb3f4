// Which Postgres to use, from the environment: DATABASE_URL, or DB_HOST/DB_PORT/DB_USERNAME/
// DB_PASSWORD/DB_NAME. Returns undefined when nothing is configured (the caller then starts the
// embedded Postgres).
function databaseUrlFromEnv(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL
  if (!env.DB_HOST) return undefined
  const user = encodeURIComponent(env.DB_USERNAME || "postgres")
  const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${env.DB_HOST}:${env.DB_PORT || 5432}/${env.DB_NAME || "medusa_helpdesk"}`
}

/** The same server's URL for another database. */
function withDatabase(url, dbName) {
  const u = new URL(url)
  u.pathname = `/${encodeURIComponent(dbName)}`
  return u.toString()
}

/** The URL with its password hidden, for logs. */
function redact(url) {
  const u = new URL(url)
  if (u.password) u.password = "***"
  return u.toString()
}

module.exports = { databaseUrlFromEnv, withDatabase, redact }
