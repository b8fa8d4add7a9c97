/**
 * Composes the four subgraph schemas into the supergraph the gateway serves — no Rover and no
 * running services needed. A composition error fails the build with Apollo's message.
 *   npm run compose            write gateway/__generated__/supergraph.graphql
 *   npm run compose -- --check fail if the committed file differs from a fresh composition
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { pathToFileURL } from 'node:url';
import { GraphQLError, parse, Source } from 'graphql';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES } from '../runtime/subgraph-names';
import { subgraphSchemaSource } from '../runtime/schema';


const target = new URL('../gateway/__generated__/supergraph.graphql', import.meta.url);


/** Composes the subgraph schemas (`schemaOf` lets a test substitute one). */
export function composeSupergraph(schemaOf: (name: string) => string = subgraphSchemaSource) {
  const services = SUBGRAPH_NAMES.map((name) => ({
    name,
    // The URLs a default local deployment uses; the gateway and Apollo Router can override them.
    url: `http://localhost:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`,
    typeDefs: parse(new Source(schemaOf(name), `subgraphs/${name}/schema.graphql`)),
  }));
  return composeServices(services);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let result: ReturnType<typeof composeSupergraph>;
  try {
    result = composeSupergraph();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    console.error(`Composition failed:\n  - ${error.source?.name ?? 'schema'}: ${error.message}`);
    process.exit(1);
  }
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
    console.log(`composed ${SUBGRAPH_NAMES.join(', ')} into ${target.pathname.replace(`${process.cwd()}/`, '')}`);
  }
}
