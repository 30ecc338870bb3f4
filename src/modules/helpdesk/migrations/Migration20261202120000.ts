import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Attachments are stored privately and served through the plugin's routes by `file_id`, so new
 * rows keep no provider URL. Rows from before keep theirs (unused: nothing shows it any more).
 */
export class Migration20261202120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE "support_attachment" ALTER COLUMN "url" DROP NOT NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`UPDATE "support_attachment" SET "url" = '' WHERE "url" IS NULL;`)
    this.addSql(`ALTER TABLE "support_attachment" ALTER COLUMN "url" SET NOT NULL;`)
  }
}
