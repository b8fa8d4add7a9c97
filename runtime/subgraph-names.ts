/**
 * The one list of subgraphs. Configuration (ports and URLs), composition, code generation, the
 * launchers and the tests all read it, so adding a subgraph starts here.
 */
export const SUBGRAPH_NAMES = ['agreements', 'inspections', 'suppliers', 'grievances', 'notifications'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Where each subgraph listens in a default local deployment (overridable per subgraph). */
export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  agreements: 4001,
  inspections: 4002,
  suppliers: 4003,
  grievances: 4004,
  notifications: 4005,
};

/** `AGREEMENTS_PORT`, `AGREEMENTS_URL`, … — the settings that place one subgraph. */
export const portSetting = (name: SubgraphName) => `${name.toUpperCase() as Uppercase<SubgraphName>}_PORT` as const;
export const urlSetting = (name: SubgraphName) => `${name.toUpperCase() as Uppercase<SubgraphName>}_URL` as const;
/** `AGREEMENTS_TIMEOUT_MS`, … — how long the gateway waits for one fetch from that subgraph. */
export const timeoutSetting = (name: SubgraphName) =>
  `${name.toUpperCase() as Uppercase<SubgraphName>}_TIMEOUT_MS` as const;
