import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const TS = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
// The inbox's due-time order, exactly as domain/inbox-query.ts writes it: tickets with no clock
// running sort last.
const due = (column: string) => `COALESCE("${column}", 'infinity'::timestamptz) ASC NULLS FIRST, "created_at" DESC, "id" DESC`

/**
 * Business hours, SLA policies, the tickets' SLA clocks and the auto-acknowledgement claims
 * (docs/automation.md).
 *
 * Indexes:
 * - the breach job (`... WHERE NOT sla_breached AND <due> <= now`) reads only tickets with a clock
 *   running and not yet breached, one small partial index per clock;
 * - the inbox sorted by due time (`order=first_response_due_at` / `resolution_due_at`), with and
 *   without `sla_breached=true`, walks an index in the inbox's exact ORDER BY.
 */
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_business_hours" ("id" text not null, "name" text not null, "timezone" text not null, "intervals" jsonb not null, "holidays" text[] not null default '{}', ${TS}, constraint "support_business_hours_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_business_hours_deleted_at" ON "support_business_hours" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "support_sla_policy" ("id" text not null, "name" text not null, "priority" text null, "channel" text null, "customer_group_id" text null, "first_response_minutes" integer not null, "resolution_minutes" integer not null, "business_hours_id" text null, "position" integer not null default 0, "enabled" boolean not null default true, ${TS}, constraint "support_sla_policy_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_sla_policy_deleted_at" ON "support_sla_policy" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_sla_policy_position" ON "support_sla_policy" ("position") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "support_auto_acknowledgement" ("id" text not null, "last_sent_at" timestamptz not null, ${TS}, constraint "support_auto_acknowledgement_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_auto_acknowledgement_deleted_at" ON "support_auto_acknowledgement" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "support_ticket" add column if not exists "sla_policy_id" text null, add column if not exists "first_response_due_at" timestamptz null, add column if not exists "resolution_due_at" timestamptz null, add column if not exists "sla_breached" boolean not null default false, add column if not exists "sla_breached_at" timestamptz null, add column if not exists "sla_response_started_at" timestamptz null, add column if not exists "sla_paused_at" timestamptz null, add column if not exists "sla_paused_minutes" real not null default 0;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_sla_response_due_open" ON "support_ticket" ("first_response_due_at") WHERE deleted_at IS NULL AND sla_breached = false AND first_response_due_at IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_sla_resolution_due_open" ON "support_ticket" ("resolution_due_at") WHERE deleted_at IS NULL AND sla_breached = false AND resolution_due_at IS NOT NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_first_response_due_order" ON "support_ticket" (${due("first_response_due_at")}) WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_resolution_due_order" ON "support_ticket" (${due("resolution_due_at")}) WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_breached_first_response_due_order" ON "support_ticket" (${due("first_response_due_at")}) WHERE deleted_at IS NULL AND sla_breached = true;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_breached_first_response_due_order";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_resolution_due_order";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_first_response_due_order";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_sla_resolution_due_open";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_sla_response_due_open";`)
    this.addSql(
      `alter table if exists "support_ticket" drop column if exists "sla_policy_id", drop column if exists "first_response_due_at", drop column if exists "resolution_due_at", drop column if exists "sla_breached", drop column if exists "sla_breached_at", drop column if exists "sla_response_started_at", drop column if exists "sla_paused_at", drop column if exists "sla_paused_minutes";`
    )
    this.addSql(`drop table if exists "support_auto_acknowledgement" cascade;`)
    this.addSql(`drop table if exists "support_sla_policy" cascade;`)
    this.addSql(`drop table if exists "support_business_hours" cascade;`)
  }
}
