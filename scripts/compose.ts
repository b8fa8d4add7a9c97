/**
 * Composes the four subgraph schemas into the supergraph the gateway serves — no Rover and no
 * running services needed. A composition error fails the build with Apollo's message.
 *   npm run compose            write gateway/__generated__/supergraph.graphql
 *   npm run compose -- --check fail if the committed file differs from a fresh composition
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const SUBGRAPHS = [
  ['agreements', 4001],
  ['inspections', 4002],
  ['suppliers', 4003],
  ['grievances', 4004],
] as const;

const target = new URL('../gateway/__generated__/supergraph.graphql', import.meta.url);

export function composeSupergraph(schemaOf: (name: string) => string = (name) => readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')) {
  const services = SUBGRAPHS.filter(([name]) => existsSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url))).map(([name, port]) => ({
    name,
    // The URLs a default local deployment uses; the gateway and Apollo Router can override them.
    url: `http://localhost:${port}/graphql`,
    typeDefs: parse(schemaOf(name)),
  }));
  return composeServices(services);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = composeSupergraph();
  if (result.errors) {
    console.error('Composition failed:');
    for (const error of result.errors) console.error(`  - ${error.message}`);
    process.exit(1);
  }
  for (const hint of result.hints ?? []) if (process.env.COMPOSE_HINTS) console.warn(`hint: ${hint.message}`);
  const supergraph = `${result.supergraphSdl.trim()}\n`;
  if (process.argv.includes('--check')) {
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (committed !== supergraph) {
      console.error('gateway/__generated__/supergraph.graphql is out of date: run `npm run compose` and commit it.');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    mkdirSync(new URL('.', target), { recursive: true });
    writeFileSync(target, supergraph);
    console.log(`composed ${SUBGRAPHS.length} subgraphs into ${target.pathname.replace(`${process.cwd()}/`, '')}`);
  }
}
