import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config, overrideConfig } from '../../runtime/config';
import { dataDirectory } from '../../runtime/data-files';
import { openDatabase } from '../../runtime/database';
import { SUBGRAPHS } from '../../scripts/subgraphs';

/**
 * The embedded databases hold grievances and complainants' identities, and dev-secrets.json the
 * signing keys: only the user the services run as may read them. DATA_DIR is made 0700, every data
 * file 0600 (SQLite's -wal and -shm follow their database), and files found wider are tightened.
 */
const scratch = mkdtempSync(join(tmpdir(), 'lcg-data-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('data files are private', () => {
  it('creates DATA_DIR 0700 and the SQLite database with its -wal and -shm 0600', async () => {
    const dataDir = join(scratch, 'fresh', 'data');
    const agreements = SUBGRAPHS.find((subgraph) => subgraph.name === 'agreements')!;
    const before = config();
    // The embedded default, also when the suite runs against PostgreSQL.
    overrideConfig({ DATABASE_URL: undefined });
    try {
      const orm = await openDatabase({ ...agreements, dataDir });
      try {
        expect(modeOf(dataDir)).toBe(0o700);
        for (const file of ['agreements.sqlite', 'agreements.sqlite-wal', 'agreements.sqlite-shm']) {
          expect(existsSync(join(dataDir, file)), file).toBe(true);
          expect([file, modeOf(join(dataDir, file))]).toEqual([file, 0o600]);
        }
      } finally {
        await orm.close();
      }
    } finally {
      overrideConfig(before);
    }
  });

  it('tightens data files that others could read, and leaves other files alone', () => {
    const dataDir = join(scratch, 'older');
    dataDirectory(dataDir);
    const files = ['dev-secrets.json', 'grievances.sqlite', 'grievances.sqlite-wal', 'notes.txt'];
    for (const file of files) {
      writeFileSync(join(dataDir, file), '');
      chmodSync(join(dataDir, file), 0o644);
    }
    dataDirectory(dataDir);
    expect(files.map((file) => [file, modeOf(join(dataDir, file))])).toEqual([
      ['dev-secrets.json', 0o600],
      ['grievances.sqlite', 0o600],
      ['grievances.sqlite-wal', 0o600],
      ['notes.txt', 0o644],
    ]);
  });

  it("starts when another service's journal vanishes between listing the folder and reading the file", () => {
    const dataDir = join(scratch, 'shared');
    dataDirectory(dataDir);
    writeFileSync(join(dataDir, 'inspections.sqlite'), '');
    chmodSync(join(dataDir, 'inspections.sqlite'), 0o644);
    // A link to nothing is listed by readdir but gone for stat: what a journal deleted mid-start looks like.
    symlinkSync(join(dataDir, 'deleted-a-moment-ago'), join(dataDir, 'grievances.sqlite-journal'));
    expect(() => dataDirectory(dataDir)).not.toThrow();
    expect(modeOf(join(dataDir, 'inspections.sqlite'))).toBe(0o600);
  });

  it('refuses a DATA_DIR that is a file, or lies under one, naming it', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    expect(() => dataDirectory(file)).toThrow(`DATA_DIR=${file} is a file, not a folder`);
    expect(() => dataDirectory(join(file, 'data'))).toThrow(`DATA_DIR=${file}/data lies under a file, not a folder`);
  });
});
