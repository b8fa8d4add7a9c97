/** Facility ids are validated by every subgraph that takes one as input. */
export * from '../subgraphs/suppliers/src/domain/facility-id';
