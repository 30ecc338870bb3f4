import { Client } from "@medusajs/framework/pg"

/**
 * A database with the least helpful locale a host may have (LC_CTYPE 'C': Postgres' lower() and
 * text search then know nothing of Korean or Greek), created before the spec file's tests and
 * dropped after. Returns its name, for moduleIntegrationTestRunner's `dbName`.
 */
export function useCLocaleDatabase(name: string): string {
  const admin = () =>
    new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD || undefined,
      database: "postgres",
    })
  beforeAll(async () => {
    const client = admin()
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
    await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`)
    await client.end()
  })
  afterAll(async () => {
    const client = admin()
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.end()
  })
  return name
}
