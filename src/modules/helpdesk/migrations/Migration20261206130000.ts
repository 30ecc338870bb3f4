import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A canned reply may carry an order action (`action`, jsonb, null for none), validated by
 * `domain/order-actions/canned-action.ts` before it is written: the ticket page shows it for the
 * agent to confirm and runs it through the action's own route before the reply is sent.
 */
export class Migration20261206130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_canned_reply" add column if not exists "action" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_canned_reply" drop column if exists "action";`)
  }
}
