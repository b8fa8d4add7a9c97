/**
 * The compliance areas: Better Work's compliance clusters, each mapped to its ILO conventions in
 * the agreements reference data. Every subgraph schema that has a `ComplianceArea` enum declares
 * exactly these values, in this order (test/conventions.test.ts checks it).
 */
export const COMPLIANCE_AREAS = [
  'CHILD_LABOUR',
  'DISCRIMINATION',
  'FORCED_LABOUR',
  'FREEDOM_OF_ASSOCIATION',
  'OCCUPATIONAL_SAFETY_AND_HEALTH',
  'COMPENSATION',
  'CONTRACTS_AND_HR',
  'WORKING_TIME',
] as const;
export type ComplianceArea = (typeof COMPLIANCE_AREAS)[number];
