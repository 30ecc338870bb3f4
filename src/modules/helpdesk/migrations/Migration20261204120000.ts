import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const TS = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`

/**
 * Rules and assignment: automation rules (conditions and actions stored as JSON, validated by
 * domain/rules/schema.ts), the idle job's once-per-period claims (unique: the backstop that makes
 * a claim once-only with several workers), assignment groups with their round-robin counter, the
 * agents' away status, and the ticket's `delegated_from_id`.
 *
 * The inbox's "assigned to me" reads assignee_id OR delegated_from_id; the partial index on
 * delegated_from_id keeps the second arm as cheap as the first (few tickets are delegated).
 */
export class Migration20261204120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_rule" ("id" text not null, "name" text not null, "description" text null, "trigger" text check ("trigger" in ('ticket.created', 'ticket.customer_replied', 'ticket.status_changed', 'ticket.idle')) not null, "conditions" jsonb not null, "actions" jsonb not null, "idle_hours" integer null, "idle_status" text null, "position" integer not null default 0, "enabled" boolean not null default true, ${TS}, constraint "support_rule_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_rule_deleted_at" ON "support_rule" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_rule_trigger_enabled_position" ON "support_rule" ("trigger", "enabled", "position") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "support_rule_idle_run" ("id" text not null, "rule_id" text not null, "ticket_id" text not null, "idle_since" timestamptz not null, ${TS}, constraint "support_rule_idle_run_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_rule_idle_run_deleted_at" ON "support_rule_idle_run" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_rule_idle_run_rule_id_ticket_id_idle_since_unique" ON "support_rule_idle_run" ("rule_id", "ticket_id", "idle_since");`
    )

    this.addSql(
      `create table if not exists "support_assignment_group" ("id" text not null, "name" text not null, "member_ids" text[] not null default '{}', "strategy" text check ("strategy" in ('round_robin', 'fewest_open')) not null default 'round_robin', "turn" integer not null default 0, ${TS}, constraint "support_assignment_group_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_assignment_group_deleted_at" ON "support_assignment_group" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_assignment_group_name_unique" ON "support_assignment_group" ("name") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "support_agent_status" ("id" text not null, "away" boolean not null default false, "away_until" timestamptz null, "delegate_id" text null, ${TS}, constraint "support_agent_status_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_agent_status_deleted_at" ON "support_agent_status" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`alter table if exists "support_ticket" add column if not exists "delegated_from_id" text null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_delegated_from_id_status" ON "support_ticket" ("delegated_from_id", "status") WHERE deleted_at IS NULL AND delegated_from_id IS NOT NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_support_ticket_delegated_from_id_status";`)
    this.addSql(`alter table if exists "support_ticket" drop column if exists "delegated_from_id";`)
    this.addSql(`drop table if exists "support_agent_status" cascade;`)
    this.addSql(`drop table if exists "support_assignment_group" cascade;`)
    this.addSql(`drop table if exists "support_rule_idle_run" cascade;`)
    this.addSql(`drop table if exists "support_rule" cascade;`)
  }
}
