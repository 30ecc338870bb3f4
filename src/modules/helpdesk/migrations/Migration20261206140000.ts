import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { TICKET_PRODUCTS_BACKFILL_SQL } from "../domain/reports/ticket-products"

/**
 * support_ticket_product (models/support-ticket-product.ts): the products each ticket counts for
 * in the contact rate report, so the report reads one index entry per ticket and product instead
 * of each ticket's order in Medusa's tables (docs/performance.md "Contact rate"). New tickets get
 * their rows from the creation workflow; existing ones are backfilled here from their reported
 * lines and, when the order module's tables exist (a plugin's migrations may run before them),
 * from their orders' current lines. A row's created_at is its ticket's (a trigger follows changes),
 * so the report reads a period's rows by one index range. At 1M tickets this takes a few seconds.
 */
export class Migration20261206140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_ticket_product" ("id" text not null, "ticket_id" text not null, "product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_ticket_product_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_product_ticket_id" ON "support_ticket_product" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_product_deleted_at" ON "support_ticket_product" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    // Full, unlike the generated ones: ON DELETE CASCADE cannot use a partial index (Migration20261123100000).
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_product_ticket_id_fk" ON "support_ticket_product" ("ticket_id");`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_ticket_product_ticket_id_product_id_unique" ON "support_ticket_product" ("ticket_id", "product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "support_ticket_product" add constraint "support_ticket_product_ticket_id_foreign" foreign key ("ticket_id") references "support_ticket" ("id") on update cascade on delete cascade;`
    )
    // The report's range: a period's rows with what it reads, index-only.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_product_created_at" ON "support_ticket_product" ("created_at") INCLUDE ("ticket_id", "product_id") WHERE deleted_at IS NULL;`
    )
    // A row's created_at is its ticket's: follow a change of it (an import, a fix by SQL).
    this.addSql(`
      CREATE OR REPLACE FUNCTION support_ticket_product_created_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE support_ticket_product SET created_at = NEW.created_at WHERE ticket_id = NEW.id AND created_at IS DISTINCT FROM NEW.created_at;
        RETURN NULL;
      END $$;`)
    this.addSql(`DROP TRIGGER IF EXISTS support_ticket_product_created_at ON "support_ticket";`)
    this.addSql(
      `CREATE TRIGGER support_ticket_product_created_at AFTER UPDATE OF created_at ON "support_ticket" FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at) EXECUTE FUNCTION support_ticket_product_created_at();`
    )
    for (const sql of TICKET_PRODUCTS_BACKFILL_SQL) this.addSql(sql)
    this.addSql(`ANALYZE "support_ticket_product";`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS support_ticket_product_created_at ON "support_ticket";`)
    this.addSql(`DROP FUNCTION IF EXISTS support_ticket_product_created_at();`)
    this.addSql(`drop table if exists "support_ticket_product" cascade;`)
  }
}
