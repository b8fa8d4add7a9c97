import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EntitySchema } from '@mikro-orm/core';
import { afterAll, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../../runtime/config';
import { openDatabase } from '../../runtime/database';

/**
 * SQLite cannot alter a constraint (say, an enum's allowed values), so a migration rebuilds the
 * table: copy, drop, rename. Dropping a table whose rows others refer to with ON DELETE CASCADE
 * deleted those rows too, as long as foreign keys were on: upgrading an embedded database whose
 * inspections table was rebuilt once deleted every finding and corrective action. Migrations now
 * run with foreign keys off, and the references are checked afterwards.
 */
const scratch = mkdtempSync(join(tmpdir(), 'lcg-table-rebuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const report = new EntitySchema({
  name: 'Report',
  tableName: 'report',
  properties: { id: { type: 'string', primary: true }, status: { type: 'string' } },
});
const remark = new EntitySchema({
  name: 'Remark',
  tableName: 'remark',
  properties: {
    id: { type: 'string', primary: true },
    report: { kind: 'm:1', entity: 'Report', deleteRule: 'cascade' },
  },
});

const migration = (name: string, statements: string[]) => `
import { Migration } from '@mikro-orm/migrations';
export class ${name} extends Migration {
  async up() {
${statements.map((sql) => `    this.addSql(${JSON.stringify(sql)});`).join('\n')}
  }
}
`;

describe('a migration that rebuilds a table on SQLite', () => {
  it('keeps the rows that refer to the rebuilt table', async () => {
    const migrationsDir = join(scratch, 'migrations');
    mkdirSync(join(migrationsDir, 'sqlite'), { recursive: true });
    writeFileSync(
      join(migrationsDir, 'sqlite', 'Migration20260101000000.ts'),
      migration('Migration20260101000000', [
        "create table `report` (`id` text not null, `status` text check (`status` in ('DRAFT', 'FINAL')) not null, primary key (`id`));",
        'create table `remark` (`id` text not null, `report_id` text not null, constraint `remark_report_id_foreign` foreign key(`report_id`) references `report`(`id`) on delete cascade on update cascade, primary key (`id`));',
      ]),
    );
    const options = {
      name: 'rebuild',
      entities: [report, remark],
      migrationsDir: new URL(`${pathToFileURL(migrationsDir).href}/`),
      dataDir: join(scratch, 'data'),
    };
    const before = config();
    overrideConfig({ DATABASE_URL: undefined });
    try {
      let orm = await openDatabase(options);
      const connection = () => orm.em.getConnection();
      await connection().execute("insert into `report` values ('r1', 'FINAL')");
      await connection().execute("insert into `remark` values ('m1', 'r1'), ('m2', 'r1')");
      await orm.close();

      // What MikroORM generates when a status gains a value.
      writeFileSync(
        join(migrationsDir, 'sqlite', 'Migration20260102000000.ts'),
        migration('Migration20260102000000', [
          'pragma foreign_keys = off;',
          "create table `report__temp_alter` (`id` text not null, `status` text check (`status` in ('DRAFT', 'AWAITING_SIGNATURE', 'FINAL')) not null, primary key (`id`));",
          'insert into `report__temp_alter` select `id`, `status` from `report`;',
          'drop table `report`;',
          'alter table `report__temp_alter` rename to `report`;',
          'pragma foreign_keys = on;',
        ]),
      );
      orm = await openDatabase(options);
      try {
        expect(await connection().execute('select count(*) as remarks from `remark`')).toEqual([{ remarks: 2 }]);
        await connection().execute("insert into `report` values ('r2', 'AWAITING_SIGNATURE')");
        // Foreign keys are enforced again once the migrations ran.
        await expect(connection().execute("insert into `remark` values ('m3', 'no-such-report')")).rejects.toThrow(
          /FOREIGN KEY/,
        );
      } finally {
        await orm.close();
      }
    } finally {
      overrideConfig(before);
    }
  });
});
