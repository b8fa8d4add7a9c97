/** Pure domain rules of the inspections subgraph: no database, no resolvers, the clock passed in. */
export * from './calendar';
export * from './citations';
export * from './compliance-score';
export * from './conductor';
export * from './corrective-action';
export * from './joint-inspection';
export * from './submission';
export * from './validation';
export * from './follow-up-input';
export * from './overdue-notice';
export * from './report-access';
