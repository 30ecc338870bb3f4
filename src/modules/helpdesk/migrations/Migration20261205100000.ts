import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Satisfaction survey answers, one per ticket (models/support-survey-response.ts). */
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_survey_response" ("id" text not null, "ticket_id" text not null, "source" text check ("source" in ('survey', 'rating')) not null default 'survey', "scale" text check ("scale" in ('yes_no', 'five_point')) not null, "answer" text not null, "score" integer not null, "positive" boolean not null, "comment" text null, "locale" text null, "assignee_id" text null, "solved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_survey_response_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_survey_response_deleted_at" ON "support_survey_response" ("deleted_at") WHERE deleted_at IS NULL;`)
    // One answer per ticket, whatever runs concurrently (the answer workflow maps the violation to 409).
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_survey_response_ticket_id_unique" ON "support_survey_response" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    // Results read a time window of answers.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_survey_response_created_at" ON "support_survey_response" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_survey_response" cascade;`)
  }
}
