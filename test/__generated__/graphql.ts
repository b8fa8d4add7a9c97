/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Better Work's compliance clusters, mapped to ILO conventions (shared vocabulary). */
export type ComplianceArea =
  | 'CHILD_LABOUR'
  | 'DISCRIMINATION'
  | 'FORCED_LABOUR'
  | 'FREEDOM_OF_ASSOCIATION'
  | 'OCCUPATIONAL_SAFETY_AND_HEALTH'
  | 'COMPENSATION'
  | 'CONTRACTS_AND_HR'
  | 'WORKING_TIME';

/** What an agreement may let flow from one party to another. */
export type DataCategory =
  | 'INSPECTION_FINDINGS'
  | 'GRIEVANCE_CASES'
  | 'SUPPLIER_REGISTRY'
  | 'ENFORCEMENT_ACTIONS';

export type RatificationStatus =
  | 'IN_FORCE'
  /** Ratified, not yet in force (conventions enter into force 12 months after registration). */
  | 'NOT_IN_FORCE'
  | 'DENOUNCED';

export type GrievanceStatus =
  | 'RECEIVED'
  | 'ACKNOWLEDGED'
  | 'UNDER_REVIEW'
  | 'INVESTIGATING'
  | 'REMEDIATION_AGREED'
  | 'REMEDIATION_IN_PROGRESS'
  | 'RESOLVED'
  | 'NOT_SUBSTANTIATED'
  | 'ESCALATED'
  | 'WITHDRAWN';

export type SubmissionChannel =
  | 'WEB'
  | 'PHONE'
  | 'SMS'
  | 'WHATSAPP'
  | 'IN_PERSON'
  | 'EMAIL'
  | 'HOTLINE'
  | 'UNION_REPRESENTATIVE';

export type FacilityReferenceInput = {
  /** Open Supply Hub style id, when known. */
  id?: string | number | null | undefined;
  /** Otherwise the facility's name and country. */
  name?: string | null | undefined;
  country?: string | null | undefined;
};

export type SubmitGrievanceInput = {
  facility: FacilityReferenceInput;
  areas: Array<ComplianceArea>;
  retaliationClaim?: boolean | null | undefined;
  /** At most 280 characters. */
  summary: string;
  /** At most 20,000 characters. Confidential. */
  description: string;
  /** BCP 47 tag, e.g. bn-BD; picks the language of the status messages. */
  language: string;
  channel: SubmissionChannel;
  workersAffected?: number | null | undefined;
  /** How to reach the complainant. Confidential. */
  contact?: string | null | undefined;
  /** Who the complainant is. Confidential: only the handler sees it. */
  complainantIdentity?: string | null | undefined;
  /** The agreement whose grievance mechanism the case is filed under; its deadlines apply. */
  agreementId?: string | number | null | undefined;
  /** The facility's owner, when known; it handles the case if no mechanism does. */
  facilityOwnerId?: string | number | null | undefined;
  /** Brands sourcing from the facility, to be notified. */
  brandIds?: Array<string | number> | null | undefined;
};

export type InspectionKind =
  | 'LABOUR_INSPECTORATE'
  | 'SOCIAL_AUDIT'
  /** Inspectorates of two countries together, under a cooperation agreement. */
  | 'JOINT_INSPECTION'
  | 'FOLLOW_UP';

export type Disclosure =
  | 'PRIVATE'
  | 'SHARED_WITH_BUYERS'
  | 'PUBLIC';

/** From most to least serious. */
export type Severity =
  | 'ZERO_TOLERANCE'
  | 'MAJOR'
  | 'MINOR'
  | 'OBSERVATION';

export type FindingStatus =
  | 'OPEN'
  | 'IN_PROGRESS'
  | 'REMEDIATED'
  | 'VERIFIED'
  | 'DISPUTED';

export type ComplianceGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E';

export type SubmitInspectionInput = {
  facilityId: string | number;
  /** The facility's sector in the registry, copied for sector statistics. */
  facilitySector?: string | null | undefined;
  /** The organisation owning the facility, as the inspector established on site; it may answer the findings. */
  facilityOwnerId?: string | number | null | undefined;
  kind: InspectionKind;
  /** Required for JOINT_INSPECTION. */
  agreementId?: string | number | null | undefined;
  /** Partner inspectorates of a JOINT_INSPECTION (at least one). */
  jointInspectorIds?: Array<string | number> | null | undefined;
  startedOn: string;
  endedOn: string;
  announced: boolean;
  workersInterviewed: number;
  disclosure?: Disclosure | null | undefined;
  /** Buyers (brand organisation ids) the report is shared with under SHARED_WITH_BUYERS. */
  sharedWithBuyerIds?: Array<string | number> | null | undefined;
  summary?: string | null | undefined;
  findings: Array<FindingInput>;
};

export type FindingInput = {
  area: ComplianceArea;
  conventions?: Array<string> | null | undefined;
  compliancePoint: string;
  severity: Severity;
  description: string;
  evidence?: string | null | undefined;
  workersAffected?: number | null | undefined;
};

export type BrandSupplierComplianceQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BrandSupplierComplianceQuery = { viewer: { organization: { name: string, supplyChain: { totalCount: number, edges: Array<{ node: { tier: number, facility: { id: string, name: string, country: { code: string, name: string }, compliance: { score: number | null, grade: ComplianceGrade | null, openFindings: number } | null, latestInspection: { endedOn: string, findings: Array<{ area: ComplianceArea, severity: Severity, status: FindingStatus }> } | null, grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null } | null } } }> } } | null } };

export type UnionGrievancesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnionGrievancesQuery = { grievances: { totalCount: number, edges: Array<{ node: { trackingCode: string, status: GrievanceStatus, areas: Array<ComplianceArea>, overdue: boolean, deadlines: { acknowledgeBy: string, respondBy: string }, facility: { name: string, country: { name: string } } | null, agreement: { title: string } | null, timeline: Array<{ at: string, status: GrievanceStatus, note: string | null }> } }> } };

export type RegulatorDashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RegulatorDashboardQuery = { complianceStats: Array<{ area: ComplianceArea | null, facilitiesAssessed: number, nonCompliantFacilities: number, nonComplianceRate: number, country: { code: string, name: string } | null }> };

export type FileGrievanceMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type FileGrievanceMutation = { submitGrievance: { trackingCode: string | null, secret: string | null, grievance: { status: GrievanceStatus } | null } };

export type MyGrievanceQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type MyGrievanceQuery = { grievanceStatus: { status: GrievanceStatus, message: string, nextDeadline: string | null, timeline: Array<{ at: string, status: GrievanceStatus, message: string }> } | null };

export type FacilityAcrossSubgraphsQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityAcrossSubgraphsQuery = { facility: { id: string, name: string, country: { code: string, name: string, ratifications: Array<{ status: RatificationStatus, convention: { code: string } }> }, latestInspection: { endedOn: string, findings: Array<{ area: ComplianceArea, severity: Severity, status: FindingStatus }> } | null, grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null } | null } | null };

export type CrossBorderInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CrossBorderInspectionQuery = { inspection: { id: string, findings: Array<{ severity: Severity, evidence: string | null }> } | null };

export type CrossBorderCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossBorderCasesQuery = { grievances: { edges: Array<{ node: { trackingCode: string, summary: string, complainantIdentity: string | null } }> } };

export type CrossBorderAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossBorderAgreementsQuery = { agreements: { edges: Array<{ node: { id: string, sharingClauses: Array<{ category: DataCategory }> } }> } };

export type SubmitInspectionOfFacilityMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type SubmitInspectionOfFacilityMutation = { submitInspection: { inspection: { id: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BrandSupplierComplianceDocument = new TypedDocumentString(`
    query BrandSupplierCompliance($first: Int = 50) {
  viewer {
    organization {
      name
      supplyChain(first: $first) {
        totalCount
        edges {
          node {
            tier
            facility {
              id
              name
              country {
                code
                name
              }
              compliance {
                score
                grade
                openFindings
              }
              latestInspection {
                endedOn
                findings(first: 5) {
                  area
                  severity
                  status
                }
              }
              grievanceSummary {
                open
                overdue
                resolved
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrandSupplierComplianceQuery, BrandSupplierComplianceQueryVariables>;
export const UnionGrievancesDocument = new TypedDocumentString(`
    query UnionGrievances {
  grievances(
    first: 20
    filter: {status: [RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, INVESTIGATING]}
  ) {
    totalCount
    edges {
      node {
        trackingCode
        status
        areas
        overdue
        deadlines {
          acknowledgeBy
          respondBy
        }
        facility {
          name
          country {
            name
          }
        }
        agreement {
          title
        }
        timeline(last: 5) {
          at
          status
          note
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnionGrievancesQuery, UnionGrievancesQueryVariables>;
export const RegulatorDashboardDocument = new TypedDocumentString(`
    query RegulatorDashboard($from: Date!, $to: Date!) {
  complianceStats(groupBy: [COUNTRY, AREA], filter: {from: $from, to: $to}) {
    country {
      code
      name
    }
    area
    facilitiesAssessed
    nonCompliantFacilities
    nonComplianceRate
  }
}
    `) as unknown as TypedDocumentString<RegulatorDashboardQuery, RegulatorDashboardQueryVariables>;
export const FileGrievanceDocument = new TypedDocumentString(`
    mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) {
    trackingCode
    secret
    grievance {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FileGrievanceMutation, FileGrievanceMutationVariables>;
export const MyGrievanceDocument = new TypedDocumentString(`
    query MyGrievance($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    status
    message
    nextDeadline
    timeline {
      at
      status
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MyGrievanceQuery, MyGrievanceQueryVariables>;
export const FacilityAcrossSubgraphsDocument = new TypedDocumentString(`
    query FacilityAcrossSubgraphs($id: ID!) {
  facility(id: $id) {
    id
    name
    country {
      code
      name
      ratifications {
        convention {
          code
        }
        status
      }
    }
    latestInspection {
      endedOn
      findings(first: 10) {
        area
        severity
        status
      }
    }
    grievanceSummary {
      open
      overdue
      resolved
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityAcrossSubgraphsQuery, FacilityAcrossSubgraphsQueryVariables>;
export const CrossBorderInspectionDocument = new TypedDocumentString(`
    query CrossBorderInspection($id: ID!) {
  inspection(id: $id) {
    id
    findings(first: 5) {
      severity
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<CrossBorderInspectionQuery, CrossBorderInspectionQueryVariables>;
export const CrossBorderCasesDocument = new TypedDocumentString(`
    query CrossBorderCases {
  grievances(first: 50) {
    edges {
      node {
        trackingCode
        summary
        complainantIdentity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrossBorderCasesQuery, CrossBorderCasesQueryVariables>;
export const CrossBorderAgreementsDocument = new TypedDocumentString(`
    query CrossBorderAgreements {
  agreements(first: 20, filter: {countries: ["BD", "NL"], status: [IN_FORCE]}) {
    edges {
      node {
        id
        sharingClauses {
          category
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrossBorderAgreementsQuery, CrossBorderAgreementsQueryVariables>;
export const SubmitInspectionOfFacilityDocument = new TypedDocumentString(`
    mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitInspectionOfFacilityMutation, SubmitInspectionOfFacilityMutationVariables>;