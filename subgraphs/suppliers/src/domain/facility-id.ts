/** Facility ids are shared vocabulary: every subgraph that takes one as input validates it. */
export * from '../../../../vocabulary/facility-id';
