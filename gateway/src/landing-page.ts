import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express } from 'express';

const require = createRequire(import.meta.url);

/** GraphiQL's assets come from installed packages: the machine may have no internet. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { file: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

export const EXAMPLE_QUERY = `# Labour Cooperation Graph
# Without a token you are PUBLIC. To query as a brand, union, regulator…
# paste a token printed by \`npm start\` (or \`npm run token -- --role BRAND\`)
# into Headers below: {"Authorization": "Bearer <token>"}
# Live events: subscription { graphEvents { type subject occurredAt payload } }
# (docs/subscriptions.md; the editor does not know that schema, but runs it)
query PublicFacilities {
  facilities(first: 5, filter: { country: ["BD"] }) {
    totalCount
    edges {
      node {
        id
        name
        country { code name }
        compliance { score grade }
        grievanceSummary { open overdue resolved }
      }
    }
  }
}
`;

/** A file inside an installed package, whatever the package's `exports` allow. */
function installedFile(path: string): string {
  const [packageName, ...rest] = path.split('/');
  return join(dirname(require.resolve(`${packageName}/package.json`)), ...rest);
}

function page(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Labour Cooperation Graph — GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    // Subscriptions go over a WebSocket to the same URL (graphql-ws, bundled with GraphiQL); the Headers
    // editor's Authorization travels in the connection parameters.
    const subscriptionUrl = new URL(${JSON.stringify(endpoint)}, location.href);
    subscriptionUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)}, subscriptionUrl: subscriptionUrl.href });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)}, shouldPersistHeaders: true }),
    );
  </script>
</body>
</html>`;
}

/** Serves GraphiQL at GET / for browsers; GraphQL clients still POST to the same URL. */
export function mountGraphiQL(app: Express, endpoint = '/'): void {
  const contents = new Map(
    Object.entries(ASSETS).map(([name, asset]) => [name, readFileSync(installedFile(asset.file))]),
  );
  app.get('/graphiql/:asset', (request, response, next) => {
    const asset = Object.hasOwn(ASSETS, request.params.asset) ? ASSETS[request.params.asset] : undefined;
    // Not one of ours: the app's not-found handler answers, as for any other path.
    if (!asset) return next();
    response
      .type(asset.type)
      .setHeader('Cache-Control', 'public, max-age=86400')
      .send(contents.get(request.params.asset));
  });
  app.get(endpoint, (request, response, next) => {
    // Only a browser asking for HTML gets the IDE; GET queries from clients pass through.
    if (request.query.query || !request.accepts('html') || request.accepts(['json', 'html']) === 'json') return next();
    response.type('html').send(page(endpoint));
  });
}
