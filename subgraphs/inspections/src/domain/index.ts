/** Pure domain rules of the inspections subgraph: no database, no resolvers, the clock passed in. */
export * from './calendar';
export * from './compliance-score';
export * from './conductor';
export * from './corrective-action';
export * from './submission';
export * from './validation';
export * from './follow-up-input';
export * from './overdue-notice';
