/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BrandSupplierCompliance($first: Int = 50) {\n    viewer {\n      organization {\n        name\n        supplyChain(first: $first) {\n          totalCount\n          edges { node {\n            tier\n            facility {\n              id name country { code name }\n              compliance { score grade openFindings }\n              latestInspection { endedOn findings(first: 5) { area severity status } }\n              grievanceSummary { open overdue resolved }\n            }\n          } }\n        }\n      }\n    }\n  }\n": typeof types.BrandSupplierComplianceDocument,
    "\n  query UnionGrievances {\n    grievances(first: 20, filter: { status: [RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, INVESTIGATING] }) {\n      totalCount\n      edges { node {\n        trackingCode status areas overdue\n        deadlines { acknowledgeBy respondBy }\n        facility { name country { name } }\n        agreement { title }\n        timeline(last: 5) { at status note }\n      } }\n    }\n  }\n": typeof types.UnionGrievancesDocument,
    "\n  query RegulatorDashboard($from: Date!, $to: Date!) {\n    complianceStats(groupBy: [COUNTRY, AREA], filter: { from: $from, to: $to }) {\n      country { code name } area facilitiesAssessed nonCompliantFacilities nonComplianceRate\n    }\n  }\n": typeof types.RegulatorDashboardDocument,
    "\n  mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret grievance { status } }\n  }\n": typeof types.FileGrievanceDocument,
    "\n  query MyGrievance($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status message nextDeadline timeline { at status message } }\n  }\n": typeof types.MyGrievanceDocument,
    "\n  query FacilityAcrossSubgraphs($id: ID!) {\n    facility(id: $id) {\n      id name\n      country { code name ratifications { convention { code } status } }\n      latestInspection { endedOn findings(first: 10) { area severity status } }\n      grievanceSummary { open overdue resolved }\n    }\n  }\n": typeof types.FacilityAcrossSubgraphsDocument,
    "\n  query CrossBorderInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      findings(first: 5) {\n        severity\n        evidence\n      }\n    }\n  }\n": typeof types.CrossBorderInspectionDocument,
    "\n  query CrossBorderCases {\n    grievances(first: 50) {\n      edges {\n        node {\n          trackingCode\n          summary\n          complainantIdentity\n        }\n      }\n    }\n  }\n": typeof types.CrossBorderCasesDocument,
    "\n  query CrossBorderAgreements {\n    agreements(first: 20, filter: { countries: [\"BD\", \"NL\"], status: [IN_FORCE] }) {\n      edges {\n        node {\n          id\n          sharingClauses {\n            category\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrossBorderAgreementsDocument,
    "\n  mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      inspection {\n        id\n      }\n    }\n  }\n": typeof types.SubmitInspectionOfFacilityDocument,
};
const documents: Documents = {
    "\n  query BrandSupplierCompliance($first: Int = 50) {\n    viewer {\n      organization {\n        name\n        supplyChain(first: $first) {\n          totalCount\n          edges { node {\n            tier\n            facility {\n              id name country { code name }\n              compliance { score grade openFindings }\n              latestInspection { endedOn findings(first: 5) { area severity status } }\n              grievanceSummary { open overdue resolved }\n            }\n          } }\n        }\n      }\n    }\n  }\n": types.BrandSupplierComplianceDocument,
    "\n  query UnionGrievances {\n    grievances(first: 20, filter: { status: [RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, INVESTIGATING] }) {\n      totalCount\n      edges { node {\n        trackingCode status areas overdue\n        deadlines { acknowledgeBy respondBy }\n        facility { name country { name } }\n        agreement { title }\n        timeline(last: 5) { at status note }\n      } }\n    }\n  }\n": types.UnionGrievancesDocument,
    "\n  query RegulatorDashboard($from: Date!, $to: Date!) {\n    complianceStats(groupBy: [COUNTRY, AREA], filter: { from: $from, to: $to }) {\n      country { code name } area facilitiesAssessed nonCompliantFacilities nonComplianceRate\n    }\n  }\n": types.RegulatorDashboardDocument,
    "\n  mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret grievance { status } }\n  }\n": types.FileGrievanceDocument,
    "\n  query MyGrievance($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status message nextDeadline timeline { at status message } }\n  }\n": types.MyGrievanceDocument,
    "\n  query FacilityAcrossSubgraphs($id: ID!) {\n    facility(id: $id) {\n      id name\n      country { code name ratifications { convention { code } status } }\n      latestInspection { endedOn findings(first: 10) { area severity status } }\n      grievanceSummary { open overdue resolved }\n    }\n  }\n": types.FacilityAcrossSubgraphsDocument,
    "\n  query CrossBorderInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      findings(first: 5) {\n        severity\n        evidence\n      }\n    }\n  }\n": types.CrossBorderInspectionDocument,
    "\n  query CrossBorderCases {\n    grievances(first: 50) {\n      edges {\n        node {\n          trackingCode\n          summary\n          complainantIdentity\n        }\n      }\n    }\n  }\n": types.CrossBorderCasesDocument,
    "\n  query CrossBorderAgreements {\n    agreements(first: 20, filter: { countries: [\"BD\", \"NL\"], status: [IN_FORCE] }) {\n      edges {\n        node {\n          id\n          sharingClauses {\n            category\n          }\n        }\n      }\n    }\n  }\n": types.CrossBorderAgreementsDocument,
    "\n  mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      inspection {\n        id\n      }\n    }\n  }\n": types.SubmitInspectionOfFacilityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandSupplierCompliance($first: Int = 50) {\n    viewer {\n      organization {\n        name\n        supplyChain(first: $first) {\n          totalCount\n          edges { node {\n            tier\n            facility {\n              id name country { code name }\n              compliance { score grade openFindings }\n              latestInspection { endedOn findings(first: 5) { area severity status } }\n              grievanceSummary { open overdue resolved }\n            }\n          } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BrandSupplierComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnionGrievances {\n    grievances(first: 20, filter: { status: [RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, INVESTIGATING] }) {\n      totalCount\n      edges { node {\n        trackingCode status areas overdue\n        deadlines { acknowledgeBy respondBy }\n        facility { name country { name } }\n        agreement { title }\n        timeline(last: 5) { at status note }\n      } }\n    }\n  }\n"): typeof import('./graphql').UnionGrievancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorDashboard($from: Date!, $to: Date!) {\n    complianceStats(groupBy: [COUNTRY, AREA], filter: { from: $from, to: $to }) {\n      country { code name } area facilitiesAssessed nonCompliantFacilities nonComplianceRate\n    }\n  }\n"): typeof import('./graphql').RegulatorDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret grievance { status } }\n  }\n"): typeof import('./graphql').FileGrievanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrievance($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status message nextDeadline timeline { at status message } }\n  }\n"): typeof import('./graphql').MyGrievanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityAcrossSubgraphs($id: ID!) {\n    facility(id: $id) {\n      id name\n      country { code name ratifications { convention { code } status } }\n      latestInspection { endedOn findings(first: 10) { area severity status } }\n      grievanceSummary { open overdue resolved }\n    }\n  }\n"): typeof import('./graphql').FacilityAcrossSubgraphsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossBorderInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      findings(first: 5) {\n        severity\n        evidence\n      }\n    }\n  }\n"): typeof import('./graphql').CrossBorderInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossBorderCases {\n    grievances(first: 50) {\n      edges {\n        node {\n          trackingCode\n          summary\n          complainantIdentity\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CrossBorderCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossBorderAgreements {\n    agreements(first: 20, filter: { countries: [\"BD\", \"NL\"], status: [IN_FORCE] }) {\n      edges {\n        node {\n          id\n          sharingClauses {\n            category\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CrossBorderAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      inspection {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitInspectionOfFacilityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
