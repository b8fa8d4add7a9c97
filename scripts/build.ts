/**
 * `npm run build`: the production build in dist/, which `npm run start:service` and the Docker image
 * run with plain Node (no TypeScript loader):
 *   1. tsc (tsconfig.build.json) compiles the services to ES2022 ESM, tests left out;
 *   2. tsc-alias --resolve-full-paths adds the `.js` (or `/index.js`) that Node's ESM loader needs
 *      to the extensionless relative imports of the sources;
 *   3. the files the services read at run time are copied beside the code that reads them
 *      (schemas, the supergraph, reference data), so `new URL('…', import.meta.url)` finds them.
 * Types are checked by `npm run typecheck`, not here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
const require = createRequire(import.meta.url);

/** Folders whose run-time files are copied, and which files those are. */
const ASSET_ROOTS = ['runtime', 'gateway', 'subgraphs', 'vocabulary', 'demo'];
const ASSET = /\.(graphql|json)$/;
/** Test and benchmark inputs, not read by a running service. */
const NOT_SHIPPED = new Set(['fixtures', 'node_modules']);

function run(script: string, args: string[]): void {
  execFileSync(process.execPath, [require.resolve(script), ...args], { cwd: ROOT, stdio: 'inherit' });
}

function assets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return NOT_SHIPPED.has(entry.name) ? [] : assets(path);
    return ASSET.test(entry.name) ? [path] : [];
  });
}

const started = Date.now();
rmSync(OUT, { recursive: true, force: true });
run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
run('tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.build.json', '--resolve-full-paths']);
const copied = ASSET_ROOTS.flatMap((folder) => assets(join(ROOT, folder)));
for (const file of copied) cpSync(file, join(OUT, relative(ROOT, file)));
console.log(
  `dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s, with ${copied.length} run-time files: ` +
    [...new Set(copied.map((file) => relative(ROOT, dirname(file))))].join(', '),
);
