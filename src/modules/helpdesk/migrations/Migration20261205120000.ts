import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Order lines reported on a ticket ("Report a problem with this item"), with the two indexes the
 * inbox's product and variant filters use: `EXISTS (... WHERE product_id = ? AND ticket_id = t.id)`
 * is an index-only probe per ticket, or a scan of the index that yields the ticket ids.
 */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_ticket_line_item" ("id" text not null, "ticket_id" text not null, "line_item_id" text not null, "title" text not null, "variant_title" text null, "quantity" integer not null, "thumbnail" text null, "product_id" text null, "variant_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_ticket_line_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_line_item_ticket_id" ON "support_ticket_line_item" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_line_item_deleted_at" ON "support_ticket_line_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_line_item_product_id_ticket_id" ON "support_ticket_line_item" ("product_id", "ticket_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_line_item_variant_id_ticket_id" ON "support_ticket_line_item" ("variant_id", "ticket_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL;`
    )
    this.addSql(
      `alter table if exists "support_ticket_line_item" add constraint "support_ticket_line_item_ticket_id_foreign" foreign key ("ticket_id") references "support_ticket" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_ticket_line_item" cascade;`)
  }
}
