/** The grievances domain: pure rules, no database or GraphQL. Entities and resolvers import from here. */
export * from './lifecycle';
export * from './deadlines';
export * from './messages';
export * from './tracking';
export * from './validation';
export * from './progress';
export * from './routing';
export * from './suppression';
export * from './jurisdiction';
