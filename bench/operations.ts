/**
 * The canonical operations — what brands, unions, regulators and complainants ask most — as the README,
 * the end-to-end tests and the benchmarks use them.
 */
export const BRAND_SUPPLIER_COMPLIANCE = /* GraphQL */ `
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
`;

export const UNION_GRIEVANCES = /* GraphQL */ `
  query UnionGrievances {
    grievances(first: 20, filter: { status: [RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, INVESTIGATING] }) {
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
`;

export const REGULATOR_DASHBOARD = /* GraphQL */ `
  query RegulatorDashboard($from: Date!, $to: Date!) {
    complianceStats(groupBy: [COUNTRY, AREA], filter: { from: $from, to: $to }) {
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
`;

export const FILE_GRIEVANCE = /* GraphQL */ `
  mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {
    submitGrievance(input: $input, idempotencyKey: $key) {
      trackingCode
      secret
      grievance {
        status
      }
    }
  }
`;

export const MY_GRIEVANCE = /* GraphQL */ `
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
`;

/** A facility joined across all four subgraphs: registry, reference data, inspections, grievances. */
export const FACILITY_ACROSS_SUBGRAPHS = /* GraphQL */ `
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
`;
