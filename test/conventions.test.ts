import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../runtime/subgraph-names';
import { COMPLIANCE_AREAS } from '../vocabulary/compliance-areas';

/**
 * The shape every subgraph shares, checked so that learning one subgraph teaches the next and
 * no mutation slips past the shared mutation path (runtime/mutation.ts).
 */
const ROOT = new URL('..', import.meta.url).pathname;
const subgraphDir = (name: string) => join(ROOT, 'subgraphs', name);

const SRC_FILES = ['server.ts', 'context.ts', 'loaders.ts', 'permissions.ts', 'visibility.ts'];
const SRC_FOLDERS = ['__generated__', 'domain', 'entities', 'migrations', 'mutations', 'queries', 'resolvers', 'seed'];
/** Folders only one subgraph needs, named for what they do. */
const OWN_FOLDERS: Record<string, string[]> = { suppliers: ['facility-list-import'], notifications: ['delivery'] };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory())
      return entry === '__generated__' || entry === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });

describe.each(SUBGRAPH_NAMES)('the %s subgraph', (name) => {
  const src = join(subgraphDir(name), 'src');

  it('has a README and a schema.graphql beside its src/', () => {
    expect(existsSync(join(subgraphDir(name), 'README.md'))).toBe(true);
    expect(existsSync(join(subgraphDir(name), 'schema.graphql'))).toBe(true);
  });

  it('has the same top-level files and folders in src/ as every other subgraph', () => {
    const entries = readdirSync(src).sort();
    expect(entries).toEqual([...SRC_FILES, ...SRC_FOLDERS, ...(OWN_FOLDERS[name] ?? [])].sort());
  });

  it('writes only through the shared mutation path', () => {
    const mutations = sourceFiles(join(src, 'mutations'));
    expect(mutations.length).toBeGreaterThan(0);
    const runners = mutations.filter((file) => /\brunMutation\(/.test(readFileSync(file, 'utf8')));
    expect(runners.length, 'no module in src/mutations runs runMutation').toBeGreaterThan(0);
    const resolver = readFileSync(join(src, 'resolvers', 'Mutation.ts'), 'utf8');
    // The Mutation resolvers parse arguments and call src/mutations; they never touch the database.
    expect(resolver).not.toMatch(/\b(em|tx)\.(find|create|persist|flush|transactional|remove)/);
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      // As in eslint.config.ts: the demo seed, the list import's resumable batches and background jobs
      // (`*-job.ts`, which run outside any request) commit transactions of their own.
      const ownTransactions = /\/src\/(seed|facility-list-import)\/|-job\.ts$/.test(file);
      if (!ownTransactions) expect(text, `${file} opens a transaction of its own`).not.toMatch(/\.transactional\(/);
      expect(text, `${file} applies idempotency keys itself`).not.toMatch(/runtime\/idempotency'/);
    }
  });

  it('declares the shared compliance areas where its schema has them', () => {
    const schema = readFileSync(join(subgraphDir(name), 'schema.graphql'), 'utf8');
    const declared = /enum ComplianceArea \{([^}]*)\}/.exec(schema)?.[1];
    if (!declared) return;
    const values = declared
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z_]+$/.test(line));
    expect(values).toEqual([...COMPLIANCE_AREAS]);
  });
});

describe('the repository', () => {
  it('stands on its own: no references to design files or trackers outside it', () => {
    // Built from pieces so that this file does not match itself.
    const outside = new RegExp(['shared/' + 'DESIGN', 'DESIGN' + ' §', '\\b' + 'issue [0-9]+\\b'].join('|'));
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    const offenders = tracked
      .filter((file) => file !== 'package-lock.json' && existsSync(join(ROOT, file)))
      .filter((file) => outside.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
