import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Server-wide values in the `settings` table, shared by every instance on the database. */
@Injectable()
export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The stored value of `key`, or `generate()` stored now. Several instances starting at once agree: the first
   * insert wins and everyone reads it back.
   */
  async getOrCreate(key: string, generate: () => string): Promise<string> {
    await this.dataSource.query(
      `INSERT INTO "settings" ("key", "value") VALUES ($1, $2) ON CONFLICT ("key") DO NOTHING`,
      [key, generate()],
    );
    const rows: { value: string }[] = await this.dataSource.query(`SELECT "value" FROM "settings" WHERE "key" = $1`, [
      key,
    ]);
    return rows[0].value;
  }
}
