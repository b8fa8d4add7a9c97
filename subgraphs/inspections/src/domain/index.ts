/** Pure domain rules of the inspections subgraph: no database, no GraphQL, clock passed in. */
export * from './enums';
export * from './calendar';
export * from './compliance-score';
export * from './corrective-action';
export * from './submission';
export * from './validation';
export * from './follow-up-input';
