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
    "\n  query AgreementCooperation($a: String!, $b: String!, $aCode: ID!, $bCode: ID!) {\n    agreements(filter: { countries: [$a, $b] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          sharingClauses {\n            category\n            recipients {\n              country {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n    country(code: $aCode) {\n      name\n      categoriesReceivedFrom(country: $bCode)\n      receivesFrom(category: GRIEVANCE_CASES) {\n        code\n      }\n    }\n  }\n": typeof types.AgreementCooperationDocument,
    "\n  query AgreementCooperationCount($filter: AgreementFilter) {\n    agreements(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.AgreementCooperationCountDocument,
    "\n  query AgreementCooperationTitles($filter: AgreementFilter) {\n    agreements(filter: $filter) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.AgreementCooperationTitlesDocument,
    "\n  query AgreementCooperationAgreement($id: ID!) {\n    agreement(id: $id) {\n      title\n    }\n  }\n": typeof types.AgreementCooperationAgreementDocument,
    "\n  query AgreementCooperationSharing {\n    bd: country(code: \"BD\") {\n      sharingPartners {\n        category\n        receivesFrom {\n          code\n        }\n        sharesWith {\n          code\n        }\n      }\n    }\n    partners: sharingPartners(country: \"VN\", category: GRIEVANCE_CASES) {\n      code\n    }\n    grants: sharingGrants(filter: { to: \"NL\" }) {\n      category\n      from {\n        code\n      }\n      to {\n        code\n      }\n      agreement {\n        id\n      }\n    }\n  }\n": typeof types.AgreementCooperationSharingDocument,
    "\n  query AgreementCooperationUnknownPartners {\n    sharingPartners(country: \"XX\", category: GRIEVANCE_CASES) {\n      code\n    }\n  }\n": typeof types.AgreementCooperationUnknownPartnersDocument,
    "\n  query AgreementCooperationFundamental {\n    conventions(filter: { category: [FUNDAMENTAL] }) {\n      totalCount\n      edges {\n        node {\n          code\n          title\n          category\n          areas\n          supplements {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementCooperationFundamentalDocument,
    "\n  query AgreementCooperationCountries {\n    us: country(code: \"us\") {\n      code\n      name\n      region\n      hasRatified(code: \"C087\")\n      ratifications {\n        convention {\n          code\n        }\n        status\n        dateCertain\n      }\n    }\n    europe: countries(filter: { region: EUROPE }, first: 2) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    nowhere: country(code: \"XX\") {\n      name\n    }\n    c087: convention(code: \"C087\") {\n      ratifications(status: [IN_FORCE]) {\n        country {\n          code\n        }\n      }\n    }\n  }\n": typeof types.AgreementCooperationCountriesDocument,
    "\n  query AgreementDemoRapidResponse {\n    agreements(filter: { countries: [\"US\", \"MX\"], provision: GRIEVANCE_MECHANISM }) {\n      edges {\n        node {\n          kind\n          status\n          inForceFrom\n          grievanceMechanism {\n            name\n            acknowledgeWithinDays\n            respondWithinDays\n            reviewSteps {\n              name\n              withinDays\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementDemoRapidResponseDocument,
    "\n  query AgreementDemoExchanges {\n    nl: country(code: \"NL\") {\n      fromBangladesh: categoriesReceivedFrom(country: \"BD\")\n    }\n    bd: country(code: \"BD\") {\n      fromNetherlands: categoriesReceivedFrom(country: \"NL\")\n    }\n    fr: country(code: \"FR\") {\n      fromCambodia: categoriesReceivedFrom(country: \"KH\")\n    }\n    de: country(code: \"DE\") {\n      fromTurkiye: categoriesReceivedFrom(country: \"TR\")\n    }\n    accord: agreements(filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {\n      edges {\n        node {\n          grievanceMechanism {\n            acknowledgeWithinDays\n            respondWithinDays\n          }\n        }\n      }\n    }\n    gfa: agreements(filter: { organization: \"org-global-industrial-workers-federation\", kind: [GLOBAL_FRAMEWORK_AGREEMENT] }) {\n      totalCount\n    }\n  }\n": typeof types.AgreementDemoExchangesDocument,
    "\n  query AgreementDemoCount {\n    agreements(first: 100) {\n      totalCount\n    }\n  }\n": typeof types.AgreementDemoCountDocument,
    "\n  query AgreementListingAgreements($first: Int!) {\n    list: agreements(first: $first, filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          signedOn\n          allowedTransitions\n          parties {\n            role\n            since\n            country {\n              code\n              name\n              hasRatified(code: \"C087\")\n            }\n            organization {\n              id\n            }\n          }\n          conventions {\n            code\n            title\n            areas\n          }\n          provisions {\n            kind\n          }\n          sharingClauses {\n            category\n            recipients {\n              role\n              organization {\n                id\n              }\n            }\n          }\n          statusHistory {\n            status\n            on\n          }\n          amendments {\n            adoptedOn\n          }\n          grievanceMechanism {\n            name\n            reviewSteps {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementListingAgreementsDocument,
    "\n  query AgreementListingCountries($first: Int!, $codes: [String!]) {\n    list: countries(first: $first, filter: { codes: $codes }) {\n      edges {\n        node {\n          code\n          agreements {\n            title\n            parties {\n              role\n            }\n          }\n          ratifications {\n            status\n          }\n          receivesFrom(category: INSPECTION_FINDINGS) {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementListingCountriesDocument,
    "\n  fragment AgreementTestFields on Agreement {\n    id\n    title\n    kind\n    status\n    statusSince\n    version\n    draftedOn\n    signedOn\n    inForceFrom\n    endedOn\n    expiresOn\n    allowedTransitions\n    parties {\n      role\n      since\n      country {\n        code\n      }\n      organization {\n        id\n      }\n    }\n    conventions {\n      code\n    }\n    provisions {\n      kind\n      article\n    }\n    sharingClauses {\n      category\n      recipients {\n        country {\n          code\n        }\n        organization {\n          id\n        }\n      }\n    }\n    statusHistory {\n      status\n      on\n      note\n    }\n    grievanceMechanism {\n      name\n      acknowledgeWithinDays\n      respondWithinDays\n      respondAfter\n      reviewSteps {\n        name\n        withinDays\n        after\n      }\n    }\n  }\n": typeof types.AgreementTestFieldsFragmentDoc,
    "\n  fragment AgreementTestPayload on AgreementPayload {\n    agreement {\n      ...AgreementTestFields\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n": typeof types.AgreementTestPayloadFragmentDoc,
    "\n    mutation AgreementTestCreate($input: CreateAgreementInput!, $key: String!) {\n      createAgreement(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": typeof types.AgreementTestCreateDocument,
    "\n    mutation AgreementTestAmend($input: AmendAgreementInput!, $key: String!) {\n      amendAgreement(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": typeof types.AgreementTestAmendDocument,
    "\n    mutation AgreementTestAddParty($input: AddAgreementPartyInput!, $key: String!) {\n      addAgreementParty(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": typeof types.AgreementTestAddPartyDocument,
    "\n    mutation AgreementTestAddSharingClause($input: AddSharingClauseInput!, $key: String!) {\n      addSharingClause(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": typeof types.AgreementTestAddSharingClauseDocument,
    "\n    mutation AgreementTestChangeStatus($input: ChangeAgreementStatusInput!, $key: String!) {\n      changeAgreementStatus(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": typeof types.AgreementTestChangeStatusDocument,
    "\n    mutation AgreementTestRecordRatification($input: RecordRatificationInput!, $key: String!) {\n      recordRatification(input: $input, idempotencyKey: $key) {\n        ratification {\n          status\n          date\n          statusSince\n          dateCertain\n          source\n          country {\n            code\n          }\n          convention {\n            code\n          }\n        }\n        userErrors {\n          code\n          message\n          field\n        }\n      }\n    }\n  ": typeof types.AgreementTestRecordRatificationDocument,
    "\n  query AgreementTermsGrievancePartners {\n    sharingPartners(country: \"NL\", category: GRIEVANCE_CASES) {\n      code\n    }\n  }\n": typeof types.AgreementTermsGrievancePartnersDocument,
    "\n  query AgreementTermsRatifications($country: ID!) {\n    country(code: $country) {\n      hasRatified(code: \"C087\")\n      ratifications {\n        convention {\n          code\n        }\n        status\n        date\n        statusSince\n        source\n      }\n    }\n  }\n": typeof types.AgreementTermsRatificationsDocument,
    "\n  query CrossBorderInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      findings(first: 5) {\n        severity\n        evidence\n      }\n    }\n  }\n": typeof types.CrossBorderInspectionDocument,
    "\n  query CrossBorderCases {\n    grievances(first: 50) {\n      edges {\n        node {\n          trackingCode\n          summary\n          complainantIdentity\n        }\n      }\n    }\n  }\n": typeof types.CrossBorderCasesDocument,
    "\n  query CrossBorderAgreements {\n    agreements(first: 20, filter: { countries: [\"BD\", \"NL\"], status: [IN_FORCE] }) {\n      edges {\n        node {\n          id\n          sharingClauses {\n            category\n          }\n        }\n      }\n    }\n  }\n": typeof types.CrossBorderAgreementsDocument,
    "\n  mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      inspection {\n        id\n      }\n    }\n  }\n": typeof types.SubmitInspectionOfFacilityDocument,
    "\n  query GatewayViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.GatewayViewerRoleDocument,
    "\n  query GatewayOversizedPage {\n    facilities(first: 1000) {\n      totalCount\n    }\n  }\n": typeof types.GatewayOversizedPageDocument,
    "\n  query GatewayTooDeep {\n    facilities(first: 1) {\n      edges {\n        node {\n          owner {\n            facilities {\n              edges {\n                node {\n                  owner {\n                    facilities {\n                      edges {\n                        node {\n                          owner {\n                            facilities {\n                              edges {\n                                node {\n                                  id\n                                }\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GatewayTooDeepDocument,
    "\n  query AnonymousCallerLimitStatus($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status }\n  }\n": typeof types.AnonymousCallerLimitStatusDocument,
    "\n  query AnonymousWorkerFollow($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status statusName message language nextDeadline overdue timeline { at status message note } }\n  }\n": typeof types.AnonymousWorkerFollowDocument,
    "\n  mutation AnonymousWorkerWithdraw($code: String!, $secret: String, $reason: String) {\n    withdrawGrievance(trackingCode: $code, secret: $secret, reason: $reason) { tracking { status message } userErrors { code message } }\n  }\n": typeof types.AnonymousWorkerWithdrawDocument,
    "\n  mutation AnonymousWorkerRemedy($id: ID!, $input: RemediationInput!) {\n    recordRemediation(grievanceId: $id, input: $input) { remediation { actionsAgreed backPay { amount currency } workersReinstated verified verifiedBy { id } } userErrors { code message } }\n  }\n": typeof types.AnonymousWorkerRemedyDocument,
    "\n  query AnonymousWorkerCases {\n    grievances(first: 5) { edges { node { id version handlerKind handler { id } } } }\n  }\n": typeof types.AnonymousWorkerCasesDocument,
    "\n  query AnonymousWorkerRemediation($id: ID!) {\n    grievance(id: $id) { handler { id } remediation { backPay { amount currency } verified verifiedBy { id } } }\n  }\n": typeof types.AnonymousWorkerRemediationDocument,
    "\n  mutation AnonymousWorkerRetry($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret replayed notice grievance { status } }\n  }\n": typeof types.AnonymousWorkerRetryDocument,
    "\n  query AnonymousWorkerVersion($id: ID!) {\n    grievance(id: $id) { version }\n  }\n": typeof types.AnonymousWorkerVersionDocument,
    "\n  mutation AnonymousWorkerAcknowledge($id: ID!, $v: Int!) {\n    transitionGrievance(id: $id, to: ACKNOWLEDGED, expectedVersion: $v) { grievance { status } userErrors { code message } }\n  }\n": typeof types.AnonymousWorkerAcknowledgeDocument,
    "\n  query BatchingGrievanceSummaries($first: Int!) {\n    facilities(first: $first) { edges { node { id grievanceSummary { open overdue resolved suppressed byArea { area open } } } } }\n  }\n": typeof types.BatchingGrievanceSummariesDocument,
    "\n  query BatchingCasePage($first: Int!) {\n    grievances(first: $first) { totalCount edges { node {\n      trackingCode status overdue deadlines { respondBy } nextDeadline { kind }\n      facility { id name } timeline(last: 3) { at kind note } remediation { actionsAgreed }\n      complainantIdentity description\n    } } }\n  }\n": typeof types.BatchingCasePageDocument,
    "\n  mutation CaseRulesEscalate($id: ID!, $to: EscalationTarget!, $v: Int!) {\n    escalateGrievance(id: $id, to: $to, expectedVersion: $v) { grievance { status handlerKind handler { id } } userErrors { code message field } }\n  }\n": typeof types.CaseRulesEscalateDocument,
    "\n  mutation CaseRulesLink($id: ID!, $facility: ID!, $v: Int!) {\n    linkGrievanceToFacility(id: $id, facilityId: $facility, facilityOwnerId: \"org-grv-rules-owner\", expectedVersion: $v) {\n      grievance { facility { id } facilityCountry { code } reportedFacility { name } version }\n      userErrors { code message }\n    }\n  }\n": typeof types.CaseRulesLinkDocument,
    "\n  query CaseRulesState($id: ID!) {\n    grievance(id: $id) { status version overdue nextDeadline { kind name dueBy overdue } deadlines { acknowledgeBy respondBy steps { name dueBy completedAt } } }\n  }\n": typeof types.CaseRulesStateDocument,
    "\n  query CaseRulesOverdue {\n    grievances(first: 100, filter: { overdue: true }) { edges { node { id } } }\n  }\n": typeof types.CaseRulesOverdueDocument,
    "\n  query CaseRulesList($filter: GrievanceFilter!) {\n    grievances(first: 50, filter: $filter) { totalCount edges { node { filedBy areas } } }\n  }\n": typeof types.CaseRulesListDocument,
    "\n  query GrievancesDemoOpenCount($id: ID!) {\n    facility(id: $id) { grievanceSummary { open } }\n  }\n": typeof types.GrievancesDemoOpenCountDocument,
    "\n  query FacilityGrievancesOfFacility($id: ID!, $first: Int, $after: String, $filter: FacilityGrievanceFilter) {\n    facility(id: $id) {\n      id\n      grievances(first: $first, after: $after, filter: $filter) {\n        totalCount pageInfo { hasNextPage endCursor } edges { node { id filedBy summary description complainantIdentity contact } }\n      }\n    }\n  }\n": typeof types.FacilityGrievancesOfFacilityDocument,
    "\n  query FacilityGrievancesRootList {\n    grievances(first: 50) { totalCount edges { node { id } } }\n  }\n": typeof types.FacilityGrievancesRootListDocument,
    "\n  query FacilityGrievancesById($id: ID!) {\n    grievance(id: $id) { id }\n  }\n": typeof types.FacilityGrievancesByIdDocument,
    "\n  query FacilityGrievancesOfOwnFacilities {\n    viewer { organization { facilities(first: 30) { edges { node { id grievances { totalCount edges { node { id description } } } } } } } }\n  }\n": typeof types.FacilityGrievancesOfOwnFacilitiesDocument,
    "\n  query FacilityGrievancesOwnedPage($first: Int!) {\n    viewer { organization { facilities(first: $first) { edges { node { id\n      grievances(first: 5) { totalCount edges { node { id status summary description timeline(last: 2) { kind } } } }\n    } } } } }\n  }\n": typeof types.FacilityGrievancesOwnedPageDocument,
    "\n  query FacilityGrievancesRegistryPage($first: Int!) {\n    facilities(first: $first) { edges { node { id\n      grievances(first: 5) { totalCount edges { node { id status summary description timeline(last: 2) { kind } } } }\n    } } }\n  }\n": typeof types.FacilityGrievancesRegistryPageDocument,
    "\n  mutation GrievancesFileCase($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) {\n      trackingCode secret replayed notice\n      grievance { id status version }\n      userErrors { code message field }\n    }\n  }\n": typeof types.GrievancesFileCaseDocument,
    "\n  mutation GrievancesMoveCase($id: ID!, $to: GrievanceStatus!, $version: Int!, $note: String, $public: Boolean) {\n    transitionGrievance(id: $id, to: $to, expectedVersion: $version, note: $note, public: $public) {\n      grievance { id status version }\n      userErrors { code message field }\n    }\n  }\n": typeof types.GrievancesMoveCaseDocument,
    "\n  query OrganisationsFacilitySummary($id: ID!) {\n    facility(id: $id) { grievanceSummary { open overdue resolved suppressed byArea { area open suppressed } } }\n  }\n": typeof types.OrganisationsFacilitySummaryDocument,
    "\n  query OrganisationsCaseDetail($id: ID!) {\n    grievance(id: $id) {\n      complainantIdentity contact description filedBy filingOrganization { id } handlerKind handler { id }\n      timeline { kind public note notifiedOrganization { id } }\n    }\n  }\n": typeof types.OrganisationsCaseDetailDocument,
    "\n  query OrganisationsCountAndCase($id: ID!) {\n    grievances(first: 5) { totalCount }\n    grievance(id: $id) { id }\n  }\n": typeof types.OrganisationsCountAndCaseDocument,
    "\n  query OrganisationsSupplierRead($id: ID!) {\n    grievance(id: $id) { summary description complainantIdentity contact version }\n  }\n": typeof types.OrganisationsSupplierReadDocument,
    "\n  query OrganisationsBrandRead($id: ID!) {\n    grievances(first: 10) { totalCount }\n    grievance(id: $id) { summary }\n  }\n": typeof types.OrganisationsBrandReadDocument,
    "\n  query OrganisationsCaseCount($first: Int!) {\n    grievances(first: $first) { totalCount }\n  }\n": typeof types.OrganisationsCaseCountDocument,
    "\n  query OrganisationsRegulatorRead($id: ID!) {\n    grievances(first: 10) { totalCount }\n    grievance(id: $id) { description complainantIdentity }\n  }\n": typeof types.OrganisationsRegulatorReadDocument,
    "\n  query OrganisationsIdentityRead($id: ID!) {\n    grievance(id: $id) { complainantIdentity description }\n  }\n": typeof types.OrganisationsIdentityReadDocument,
    "\n    query OrganisationsStats {\n      grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: [\"BD\"] }) { country { code } area cases open overdue suppressed }\n    }\n  ": typeof types.OrganisationsStatsDocument,
    "\n    mutation OrganisationsWithdraw($code: String!) {\n      withdrawGrievance(trackingCode: $code, reason: \"Settled with management\") { tracking { status } userErrors { code } }\n    }\n  ": typeof types.OrganisationsWithdrawDocument,
    "\n  query BatchingBrandSupplierCompliance {\n    viewer { organization { name supplyChain(first: 50) { totalCount edges { node {\n      tier\n      facility {\n        id name country { code }\n        compliance { score grade openFindings openFindingsBySeverity { major } nonComplianceByArea { area } lastInspected overdueCorrectiveActions }\n        latestInspection { endedOn findings(first: 5) { area severity status } }\n        inspections(first: 3) { totalCount edges { node { id } } }\n      }\n    } } } } }\n  }\n": typeof types.BatchingBrandSupplierComplianceDocument,
    "\n  query BatchingInspections($first: Int!) {\n    inspections(first: $first) { edges { node {\n      id sharedWith { id } jointInspectors { id }\n      findings(first: 5) { evidence correctiveActions { status overdue } }\n      correctiveActions { finding { severity } facility { id } }\n      facility { compliance { score } latestInspection { id } inspections(first: 2) { totalCount } }\n    } } }\n  }\n": typeof types.BatchingInspectionsDocument,
    "\n  query InspectionComplianceStats($groupBy: [ComplianceDimension!], $filter: ComplianceStatsFilter) {\n    complianceStats(groupBy: $groupBy, filter: $filter) {\n      country { code } area sector month severity inspections facilitiesAssessed nonCompliantFacilities nonComplianceRate\n      findingsBySeverity { zeroTolerance major minor observation }\n    }\n  }\n": typeof types.InspectionComplianceStatsDocument,
    "\n  mutation InspectionFlowSubmit($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      replayed userErrors { code message }\n      inspection { id status disclosure country { code } conductedBy { id } findingsConnection(first: 10) { totalCount edges { node { id area severity status } } } }\n    }\n  }\n": typeof types.InspectionFlowSubmitDocument,
    "\n  query InspectionFlowCompliance($id: ID!) {\n    facility(id: $id) { id compliance { score grade openFindings openFindingsBySeverity { major minor } nonComplianceByArea { area openFindings } lastInspected overdueCorrectiveActions } }\n  }\n": typeof types.InspectionFlowComplianceDocument,
    "\n  mutation InspectionFlowPublish($id: ID!) { publishInspection(id: $id) { inspection { status publishedAt } userErrors { code } } }\n": typeof types.InspectionFlowPublishDocument,
    "\n  query InspectionFlowStatus($id: ID!) { inspection(id: $id) { status publishedAt } }\n": typeof types.InspectionFlowStatusDocument,
    "\n  mutation InspectionFlowAddAction($input: AddCorrectiveActionInput!, $key: String!) {\n    addCorrectiveAction(input: $input, idempotencyKey: $key) { correctiveAction { id status version finding { status } } userErrors { code message } }\n  }\n": typeof types.InspectionFlowAddActionDocument,
    "\n  mutation InspectionFlowUpdateAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) { correctiveAction { status version finding { status } } userErrors { code message } }\n  }\n": typeof types.InspectionFlowUpdateActionDocument,
    "\n  mutation InspectionFlowVerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { correctiveAction { status verifiedBy { id } verifiedOn verificationNote finding { status } } userErrors { code message } }\n  }\n": typeof types.InspectionFlowVerifyActionDocument,
    "\n  query InspectionFlowFindings($id: ID!) { inspection(id: $id) { findings(first: 5) { id severity } } }\n": typeof types.InspectionFlowFindingsDocument,
    "\n  mutation InspectionFlowDispute($input: DisputeFindingInput!) {\n    disputeFinding(input: $input) { finding { status dispute { reason raisedBy { id } } inspection { status } } userErrors { code } }\n  }\n": typeof types.InspectionFlowDisputeDocument,
    "\n  query InspectionFlowEvidence($id: ID!) { inspection(id: $id) { findings(first: 1) { evidence } } }\n": typeof types.InspectionFlowEvidenceDocument,
    "\n  mutation InspectionRulesSubmit($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { replayed inspection { id facility { compliance { score grade openFindings } } } }\n  }\n": typeof types.InspectionRulesSubmitDocument,
    "\n  query InspectionVisibilityList { inspections(first: 50) { totalCount edges { node { id sharedWith { id } findings { evidence } } } } }\n": typeof types.InspectionVisibilityListDocument,
    "\n  query InspectionVisibilityById($id: ID!) { inspection(id: $id) { id } }\n": typeof types.InspectionVisibilityByIdDocument,
    "\n  query InspectionVisibilityFacility($id: ID!) { inspection(id: $id) { facility { inspections { totalCount } latestInspection { id } } } }\n": typeof types.InspectionVisibilityFacilityDocument,
    "\n  query InspectionVisibilityOverdue { correctiveActions(filter: { overdue: true }) { edges { node { inspection { id } overdue } } } }\n": typeof types.InspectionVisibilityOverdueDocument,
    "\n  query JwksViewerIdentity {\n    viewer {\n      role\n      subject\n      jurisdiction {\n        code\n      }\n    }\n  }\n": typeof types.JwksViewerIdentityDocument,
    "\n  query JwksViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.JwksViewerRoleDocument,
    "\n  fragment PermissionsAuditPage on AuditEntryConnection {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { subject organizationId role operation target country } }\n  }\n": typeof types.PermissionsAuditPageFragmentDoc,
    "\n  query PermissionsAuditSuppliers($after: String, $filter: AuditTrailFilter) {\n    auditTrail { suppliers(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": typeof types.PermissionsAuditSuppliersDocument,
    "\n  query PermissionsAuditAgreements($after: String, $filter: AuditTrailFilter) {\n    auditTrail { agreements(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": typeof types.PermissionsAuditAgreementsDocument,
    "\n  query PermissionsAuditInspections($after: String, $filter: AuditTrailFilter) {\n    auditTrail { inspections(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": typeof types.PermissionsAuditInspectionsDocument,
    "\n  query PermissionsAuditGrievances($after: String, $filter: AuditTrailFilter) {\n    auditTrail { grievances(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": typeof types.PermissionsAuditGrievancesDocument,
    "\n  mutation PermissionsWorldSubmitInspection($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { inspection { id findings { id } } userErrors { code message } }\n  }\n": typeof types.PermissionsWorldSubmitInspectionDocument,
    "\n  mutation PermissionsWorldPublishInspection($id: ID!) {\n    publishInspection(id: $id) { inspection { id status } userErrors { code message } }\n  }\n": typeof types.PermissionsWorldPublishInspectionDocument,
    "\n  mutation PermissionsImportFacilityList($input: ImportFacilityListInput!, $key: String!) {\n    importFacilityList(input: $input, idempotencyKey: $key) { import { id } rows { outcome facility { id } } userErrors { code message } }\n  }\n": typeof types.PermissionsImportFacilityListDocument,
    "\n  fragment PermissionsGrievanceCase on Grievance {\n    id complainantIdentity contact description\n  }\n": typeof types.PermissionsGrievanceCaseFragmentDoc,
    "\n  query PermissionsGrievanceList {\n    grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } }\n  }\n": typeof types.PermissionsGrievanceListDocument,
    "\n  query PermissionsGrievancesById($union: ID!, $civilSociety: ID!, $worker: ID!, $anonymousA: ID!, $anonymousB: ID!, $quietA: ID!, $quietB: ID!) {\n    union: grievance(id: $union) { ...PermissionsGrievanceCase }\n    civilSociety: grievance(id: $civilSociety) { ...PermissionsGrievanceCase }\n    worker: grievance(id: $worker) { ...PermissionsGrievanceCase }\n    anonymousA: grievance(id: $anonymousA) { ...PermissionsGrievanceCase }\n    anonymousB: grievance(id: $anonymousB) { ...PermissionsGrievanceCase }\n    quietA: grievance(id: $quietA) { ...PermissionsGrievanceCase }\n    quietB: grievance(id: $quietB) { ...PermissionsGrievanceCase }\n  }\n": typeof types.PermissionsGrievancesByIdDocument,
    "\n  query PermissionsFacilityGrievances($main: ID!, $quiet: ID!) {\n    main: facility(id: $main) { grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } } }\n    quiet: facility(id: $quiet) { grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } } }\n  }\n": typeof types.PermissionsFacilityGrievancesDocument,
    "\n  query PermissionsOwnFacilityGrievances {\n    viewer { organization { facilities(first: 5) { edges { node { id grievances(first: 10) { totalCount edges { node { ...PermissionsGrievanceCase } } } } } } } }\n  }\n": typeof types.PermissionsOwnFacilityGrievancesDocument,
    "\n  query PermissionsGrievanceSummary($main: ID!, $quiet: ID!) {\n    main: facility(id: $main) { grievanceSummary { open overdue resolved suppressed byArea { area open suppressed } } }\n    quiet: facility(id: $quiet) { grievanceSummary { open overdue resolved suppressed } }\n  }\n": typeof types.PermissionsGrievanceSummaryDocument,
    "\n  query PermissionsGrievanceStats {\n    grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: [\"BD\"] }) { country { code } area cases open overdue suppressed }\n  }\n": typeof types.PermissionsGrievanceStatsDocument,
    "\n  query PermissionsInspectionList {\n    inspections(first: 50) { totalCount edges { node { id disclosure sharedWith { id } findings { id evidence } } } }\n  }\n": typeof types.PermissionsInspectionListDocument,
    "\n  query PermissionsInspectionsById($private: ID!, $shared: ID!, $public: ID!) {\n    PRIVATE: inspection(id: $private) { id disclosure sharedWith { id } findings { id evidence } }\n    SHARED_WITH_BUYERS: inspection(id: $shared) { id disclosure sharedWith { id } findings { id evidence } }\n    PUBLIC: inspection(id: $public) { id disclosure sharedWith { id } findings { id evidence } }\n  }\n": typeof types.PermissionsInspectionsByIdDocument,
    "\n  query PermissionsFacilityInspections($id: ID!) {\n    facility(id: $id) { id inspections(first: 50) { totalCount edges { node { id disclosure sharedWith { id } findings { id evidence } } } } }\n  }\n": typeof types.PermissionsFacilityInspectionsDocument,
    "\n  mutation PermissionsSubmitInspection($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { inspection { id conductedBy { id } } userErrors { code } }\n  }\n": typeof types.PermissionsSubmitInspectionDocument,
    "\n  mutation PermissionsAddCorrectiveAction($input: AddCorrectiveActionInput!, $key: String!) {\n    addCorrectiveAction(input: $input, idempotencyKey: $key) { correctiveAction { id status } userErrors { code } }\n  }\n": typeof types.PermissionsAddCorrectiveActionDocument,
    "\n  query PermissionsGrievanceState($id: ID!) { grievance(id: $id) { version status allowedTransitions } }\n": typeof types.PermissionsGrievanceStateDocument,
    "\n  mutation PermissionsTransitionGrievance($id: ID!, $to: GrievanceStatus!, $version: Int!) {\n    transitionGrievance(id: $id, to: $to, expectedVersion: $version) { grievance { id status } userErrors { code } }\n  }\n": typeof types.PermissionsTransitionGrievanceDocument,
    "\n  mutation PermissionsCreateAgreement($input: CreateAgreementInput!, $key: String!) {\n    createAgreement(input: $input, idempotencyKey: $key) { agreement { id status } userErrors { code } }\n  }\n": typeof types.PermissionsCreateAgreementDocument,
    "\n  mutation PermissionsChangeAgreementStatus($input: ChangeAgreementStatusInput!, $key: String!) {\n    changeAgreementStatus(input: $input, idempotencyKey: $key) { agreement { id status } userErrors { code } }\n  }\n": typeof types.PermissionsChangeAgreementStatusDocument,
    "\n  mutation PermissionsAddSharingClause($input: AddSharingClauseInput!, $key: String!) {\n    addSharingClause(input: $input, idempotencyKey: $key) { agreement { id } userErrors { code } }\n  }\n": typeof types.PermissionsAddSharingClauseDocument,
    "\n  query PermissionsInspectionStatus($id: ID!) { inspection(id: $id) { id status } }\n": typeof types.PermissionsInspectionStatusDocument,
    "\n  mutation PermissionsPublishInspection($id: ID!) { publishInspection(id: $id) { inspection { id } userErrors { code } } }\n": typeof types.PermissionsPublishInspectionDocument,
    "\n  mutation PermissionsChangeDisclosure($input: ChangeDisclosureInput!) { changeDisclosure(input: $input) { inspection { id } userErrors { code } } }\n": typeof types.PermissionsChangeDisclosureDocument,
    "\n  query PermissionsSupplyChain($brand: ID!) {\n    organization(id: $brand) { supplyChain(first: 50) { totalCount edges { node { publiclyDisclosed facility { id } } } } }\n  }\n": typeof types.PermissionsSupplyChainDocument,
    "\n  query PermissionsBuyers($main: ID!, $hidden: ID!, $brand: ID!) {\n    main: facility(id: $main) { buyers { publiclyDisclosed buyer { id } } }\n    hidden: facility(id: $hidden) { buyers { publiclyDisclosed buyer { id } } }\n    facilities(first: 50, filter: { buyer: $brand }) { totalCount edges { node { id } } }\n  }\n": typeof types.PermissionsBuyersDocument,
    "\n  query PermissionsFacilityListImports($brandImport: ID!, $supplierImport: ID!, $brand: ID!, $supplier: ID!) {\n    brandImport: facilityListImport(id: $brandImport) { id organization { id } }\n    supplierImport: facilityListImport(id: $supplierImport) { id organization { id } }\n    brand: organization(id: $brand) { facilityListImports { totalCount } }\n    supplier: organization(id: $supplier) { facilityListImports { totalCount } }\n  }\n": typeof types.PermissionsFacilityListImportsDocument,
    "\n  query PermissionsDraftAgreement($draft: ID!, $inForce: ID!) {\n    agreements(first: 50) { totalCount edges { node { id } } }\n    draft: agreement(id: $draft) { id status }\n    inForce: agreement(id: $inForce) { id status }\n    bd: country(code: \"BD\") { agreements { id } }\n    vn: country(code: \"VN\") { agreements { id } }\n  }\n": typeof types.PermissionsDraftAgreementDocument,
    "\n    query PermissionsTrailSuppliers { auditTrail { suppliers(first: 1) { totalCount edges { node { operation } } } } }\n  ": typeof types.PermissionsTrailSuppliersDocument,
    "\n    query PermissionsTrailAgreements { auditTrail { agreements(first: 1) { totalCount edges { node { operation } } } } }\n  ": typeof types.PermissionsTrailAgreementsDocument,
    "\n    query PermissionsTrailInspections { auditTrail { inspections(first: 1) { totalCount edges { node { operation } } } } }\n  ": typeof types.PermissionsTrailInspectionsDocument,
    "\n    query PermissionsTrailGrievances { auditTrail { grievances(first: 1) { totalCount edges { node { operation } } } } }\n  ": typeof types.PermissionsTrailGrievancesDocument,
    "\n  query RateLimitViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.RateLimitViewerRoleDocument,
    "\n  query ResilienceFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      compliance {\n        score\n      }\n      grievanceSummary {\n        open\n      }\n    }\n  }\n": typeof types.ResilienceFacilityDocument,
    "\n  query ResilienceViewerRole {\n    viewer {\n      role\n    }\n  }\n": typeof types.ResilienceViewerRoleDocument,
    "\n  query SupplierDemoFootwearCount {\n    facilities(first: 1, filter: { sector: [\"footwear\"] }) {\n      totalCount\n    }\n  }\n": typeof types.SupplierDemoFootwearCountDocument,
    "\n  query SupplierDemoSearch($search: String!) {\n    facilities(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SupplierDemoSearchDocument,
    "\n  query SupplierDemoSupplyChainBySector($sector: String!) {\n    viewer {\n      organization {\n        supplyChain(first: 100, filter: { sector: [$sector] }) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.SupplierDemoSupplyChainBySectorDocument,
    "\n  mutation SupplierImportList($input: ImportFacilityListInput!, $key: String!) {\n    importFacilityList(input: $input, idempotencyKey: $key) {\n      import {\n        id\n        status\n        totalRows\n        counts {\n          new\n          matched\n          potentialMatch\n          error\n        }\n      }\n      rows {\n        id\n        rowNumber\n        outcome\n        name\n        reason\n        facility {\n          id\n        }\n        candidates {\n          facility {\n            id\n          }\n          score\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SupplierImportListDocument,
    "\n  fragment SupplierImportDecision on FacilityMatchDecisionPayload {\n    row {\n      id\n      outcome\n      resolution\n      facility {\n        id\n        name\n      }\n    }\n    facility {\n      id\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n": typeof types.SupplierImportDecisionFragmentDoc,
    "\n  mutation SupplierImportConfirmMatch($row: ID!, $facility: ID!) {\n    confirmFacilityMatch(rowId: $row, facilityId: $facility) {\n      ...SupplierImportDecision\n    }\n  }\n": typeof types.SupplierImportConfirmMatchDocument,
    "\n  mutation SupplierImportRejectMatch($row: ID!) {\n    rejectFacilityMatch(rowId: $row) {\n      ...SupplierImportDecision\n    }\n  }\n": typeof types.SupplierImportRejectMatchDocument,
    "\n  mutation SupplierImportMerge($survivor: ID!, $duplicate: ID!) {\n    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {\n      survivor {\n        id\n        sectors\n        buyers {\n          buyer {\n            id\n          }\n          tier\n        }\n      }\n      mergedId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SupplierImportMergeDocument,
    "\n  query SupplierImportSupplyChain {\n    viewer {\n      organization {\n        supplyChain {\n          totalCount\n          edges {\n            node {\n              facility {\n                id\n              }\n              products\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierImportSupplyChainDocument,
    "\n  query SupplierImportFacilityCount {\n    facilities(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.SupplierImportFacilityCountDocument,
    "\n  query SupplierImportListImport($id: ID!) {\n    facilityListImport(id: $id) {\n      fileName\n      uploadedBy\n      organization {\n        id\n      }\n      rows(filter: { pending: true }) {\n        totalCount\n        edges {\n          node {\n            rowNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierImportListImportDocument,
    "\n  query SupplierImportListImports {\n    organization(id: \"brand-lumen\") {\n      facilityListImports {\n        totalCount\n      }\n    }\n  }\n": typeof types.SupplierImportListImportsDocument,
    "\n  query SupplierImportBuyers($id: ID!) {\n    facility(id: $id) {\n      buyers {\n        buyer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SupplierImportBuyersDocument,
    "\n  query SupplierImportFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.SupplierImportFacilityDocument,
    "\n  query SupplierImportAuditTrail {\n    auditTrail {\n      suppliers(first: 50) {\n        edges {\n          node {\n            operation\n            target\n            subject\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierImportAuditTrailDocument,
    "\n  query SupplierRegistryFacilities($filter: FacilityFilter) {\n    facilities(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SupplierRegistryFacilitiesDocument,
    "\n  query SupplierRegistryFacilityId($id: ID!) {\n    facility(id: $id) {\n      id\n    }\n  }\n": typeof types.SupplierRegistryFacilityIdDocument,
    "\n  query SupplierRegistryFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      status\n      sectors\n    }\n  }\n": typeof types.SupplierRegistryFacilityDocument,
    "\n  query SupplierRegistrySupplyChain($id: ID!, $filter: SupplyChainFilter) {\n    organization(id: $id) {\n      supplyChain(first: 20, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            tier\n            facility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierRegistrySupplyChainDocument,
    "\n  query SupplierRegistryBuyers($id: ID!) {\n    facility(id: $id) {\n      buyers {\n        buyer {\n          id\n        }\n        publiclyDisclosed\n      }\n      owner {\n        id\n      }\n    }\n  }\n": typeof types.SupplierRegistryBuyersDocument,
    "\n  query SupplierRegistryCambodianFacilities($first: Int!) {\n    facilities(first: $first, filter: { country: [\"KH\"] }) {\n      totalCount\n      edges {\n        node {\n          id\n          owner {\n            name\n          }\n          buyers {\n            tier\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierRegistryCambodianFacilitiesDocument,
};
const documents: Documents = {
    "\n  query BrandSupplierCompliance($first: Int = 50) {\n    viewer {\n      organization {\n        name\n        supplyChain(first: $first) {\n          totalCount\n          edges { node {\n            tier\n            facility {\n              id name country { code name }\n              compliance { score grade openFindings }\n              latestInspection { endedOn findings(first: 5) { area severity status } }\n              grievanceSummary { open overdue resolved }\n            }\n          } }\n        }\n      }\n    }\n  }\n": types.BrandSupplierComplianceDocument,
    "\n  query UnionGrievances {\n    grievances(first: 20, filter: { status: [RECEIVED, ACKNOWLEDGED, UNDER_REVIEW, INVESTIGATING] }) {\n      totalCount\n      edges { node {\n        trackingCode status areas overdue\n        deadlines { acknowledgeBy respondBy }\n        facility { name country { name } }\n        agreement { title }\n        timeline(last: 5) { at status note }\n      } }\n    }\n  }\n": types.UnionGrievancesDocument,
    "\n  query RegulatorDashboard($from: Date!, $to: Date!) {\n    complianceStats(groupBy: [COUNTRY, AREA], filter: { from: $from, to: $to }) {\n      country { code name } area facilitiesAssessed nonCompliantFacilities nonComplianceRate\n    }\n  }\n": types.RegulatorDashboardDocument,
    "\n  mutation FileGrievance($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret grievance { status } }\n  }\n": types.FileGrievanceDocument,
    "\n  query MyGrievance($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status message nextDeadline timeline { at status message } }\n  }\n": types.MyGrievanceDocument,
    "\n  query FacilityAcrossSubgraphs($id: ID!) {\n    facility(id: $id) {\n      id name\n      country { code name ratifications { convention { code } status } }\n      latestInspection { endedOn findings(first: 10) { area severity status } }\n      grievanceSummary { open overdue resolved }\n    }\n  }\n": types.FacilityAcrossSubgraphsDocument,
    "\n  query AgreementCooperation($a: String!, $b: String!, $aCode: ID!, $bCode: ID!) {\n    agreements(filter: { countries: [$a, $b] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          sharingClauses {\n            category\n            recipients {\n              country {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n    country(code: $aCode) {\n      name\n      categoriesReceivedFrom(country: $bCode)\n      receivesFrom(category: GRIEVANCE_CASES) {\n        code\n      }\n    }\n  }\n": types.AgreementCooperationDocument,
    "\n  query AgreementCooperationCount($filter: AgreementFilter) {\n    agreements(filter: $filter) {\n      totalCount\n    }\n  }\n": types.AgreementCooperationCountDocument,
    "\n  query AgreementCooperationTitles($filter: AgreementFilter) {\n    agreements(filter: $filter) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.AgreementCooperationTitlesDocument,
    "\n  query AgreementCooperationAgreement($id: ID!) {\n    agreement(id: $id) {\n      title\n    }\n  }\n": types.AgreementCooperationAgreementDocument,
    "\n  query AgreementCooperationSharing {\n    bd: country(code: \"BD\") {\n      sharingPartners {\n        category\n        receivesFrom {\n          code\n        }\n        sharesWith {\n          code\n        }\n      }\n    }\n    partners: sharingPartners(country: \"VN\", category: GRIEVANCE_CASES) {\n      code\n    }\n    grants: sharingGrants(filter: { to: \"NL\" }) {\n      category\n      from {\n        code\n      }\n      to {\n        code\n      }\n      agreement {\n        id\n      }\n    }\n  }\n": types.AgreementCooperationSharingDocument,
    "\n  query AgreementCooperationUnknownPartners {\n    sharingPartners(country: \"XX\", category: GRIEVANCE_CASES) {\n      code\n    }\n  }\n": types.AgreementCooperationUnknownPartnersDocument,
    "\n  query AgreementCooperationFundamental {\n    conventions(filter: { category: [FUNDAMENTAL] }) {\n      totalCount\n      edges {\n        node {\n          code\n          title\n          category\n          areas\n          supplements {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.AgreementCooperationFundamentalDocument,
    "\n  query AgreementCooperationCountries {\n    us: country(code: \"us\") {\n      code\n      name\n      region\n      hasRatified(code: \"C087\")\n      ratifications {\n        convention {\n          code\n        }\n        status\n        dateCertain\n      }\n    }\n    europe: countries(filter: { region: EUROPE }, first: 2) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    nowhere: country(code: \"XX\") {\n      name\n    }\n    c087: convention(code: \"C087\") {\n      ratifications(status: [IN_FORCE]) {\n        country {\n          code\n        }\n      }\n    }\n  }\n": types.AgreementCooperationCountriesDocument,
    "\n  query AgreementDemoRapidResponse {\n    agreements(filter: { countries: [\"US\", \"MX\"], provision: GRIEVANCE_MECHANISM }) {\n      edges {\n        node {\n          kind\n          status\n          inForceFrom\n          grievanceMechanism {\n            name\n            acknowledgeWithinDays\n            respondWithinDays\n            reviewSteps {\n              name\n              withinDays\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AgreementDemoRapidResponseDocument,
    "\n  query AgreementDemoExchanges {\n    nl: country(code: \"NL\") {\n      fromBangladesh: categoriesReceivedFrom(country: \"BD\")\n    }\n    bd: country(code: \"BD\") {\n      fromNetherlands: categoriesReceivedFrom(country: \"NL\")\n    }\n    fr: country(code: \"FR\") {\n      fromCambodia: categoriesReceivedFrom(country: \"KH\")\n    }\n    de: country(code: \"DE\") {\n      fromTurkiye: categoriesReceivedFrom(country: \"TR\")\n    }\n    accord: agreements(filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {\n      edges {\n        node {\n          grievanceMechanism {\n            acknowledgeWithinDays\n            respondWithinDays\n          }\n        }\n      }\n    }\n    gfa: agreements(filter: { organization: \"org-global-industrial-workers-federation\", kind: [GLOBAL_FRAMEWORK_AGREEMENT] }) {\n      totalCount\n    }\n  }\n": types.AgreementDemoExchangesDocument,
    "\n  query AgreementDemoCount {\n    agreements(first: 100) {\n      totalCount\n    }\n  }\n": types.AgreementDemoCountDocument,
    "\n  query AgreementListingAgreements($first: Int!) {\n    list: agreements(first: $first, filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          signedOn\n          allowedTransitions\n          parties {\n            role\n            since\n            country {\n              code\n              name\n              hasRatified(code: \"C087\")\n            }\n            organization {\n              id\n            }\n          }\n          conventions {\n            code\n            title\n            areas\n          }\n          provisions {\n            kind\n          }\n          sharingClauses {\n            category\n            recipients {\n              role\n              organization {\n                id\n              }\n            }\n          }\n          statusHistory {\n            status\n            on\n          }\n          amendments {\n            adoptedOn\n          }\n          grievanceMechanism {\n            name\n            reviewSteps {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AgreementListingAgreementsDocument,
    "\n  query AgreementListingCountries($first: Int!, $codes: [String!]) {\n    list: countries(first: $first, filter: { codes: $codes }) {\n      edges {\n        node {\n          code\n          agreements {\n            title\n            parties {\n              role\n            }\n          }\n          ratifications {\n            status\n          }\n          receivesFrom(category: INSPECTION_FINDINGS) {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.AgreementListingCountriesDocument,
    "\n  fragment AgreementTestFields on Agreement {\n    id\n    title\n    kind\n    status\n    statusSince\n    version\n    draftedOn\n    signedOn\n    inForceFrom\n    endedOn\n    expiresOn\n    allowedTransitions\n    parties {\n      role\n      since\n      country {\n        code\n      }\n      organization {\n        id\n      }\n    }\n    conventions {\n      code\n    }\n    provisions {\n      kind\n      article\n    }\n    sharingClauses {\n      category\n      recipients {\n        country {\n          code\n        }\n        organization {\n          id\n        }\n      }\n    }\n    statusHistory {\n      status\n      on\n      note\n    }\n    grievanceMechanism {\n      name\n      acknowledgeWithinDays\n      respondWithinDays\n      respondAfter\n      reviewSteps {\n        name\n        withinDays\n        after\n      }\n    }\n  }\n": types.AgreementTestFieldsFragmentDoc,
    "\n  fragment AgreementTestPayload on AgreementPayload {\n    agreement {\n      ...AgreementTestFields\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n": types.AgreementTestPayloadFragmentDoc,
    "\n    mutation AgreementTestCreate($input: CreateAgreementInput!, $key: String!) {\n      createAgreement(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": types.AgreementTestCreateDocument,
    "\n    mutation AgreementTestAmend($input: AmendAgreementInput!, $key: String!) {\n      amendAgreement(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": types.AgreementTestAmendDocument,
    "\n    mutation AgreementTestAddParty($input: AddAgreementPartyInput!, $key: String!) {\n      addAgreementParty(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": types.AgreementTestAddPartyDocument,
    "\n    mutation AgreementTestAddSharingClause($input: AddSharingClauseInput!, $key: String!) {\n      addSharingClause(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": types.AgreementTestAddSharingClauseDocument,
    "\n    mutation AgreementTestChangeStatus($input: ChangeAgreementStatusInput!, $key: String!) {\n      changeAgreementStatus(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  ": types.AgreementTestChangeStatusDocument,
    "\n    mutation AgreementTestRecordRatification($input: RecordRatificationInput!, $key: String!) {\n      recordRatification(input: $input, idempotencyKey: $key) {\n        ratification {\n          status\n          date\n          statusSince\n          dateCertain\n          source\n          country {\n            code\n          }\n          convention {\n            code\n          }\n        }\n        userErrors {\n          code\n          message\n          field\n        }\n      }\n    }\n  ": types.AgreementTestRecordRatificationDocument,
    "\n  query AgreementTermsGrievancePartners {\n    sharingPartners(country: \"NL\", category: GRIEVANCE_CASES) {\n      code\n    }\n  }\n": types.AgreementTermsGrievancePartnersDocument,
    "\n  query AgreementTermsRatifications($country: ID!) {\n    country(code: $country) {\n      hasRatified(code: \"C087\")\n      ratifications {\n        convention {\n          code\n        }\n        status\n        date\n        statusSince\n        source\n      }\n    }\n  }\n": types.AgreementTermsRatificationsDocument,
    "\n  query CrossBorderInspection($id: ID!) {\n    inspection(id: $id) {\n      id\n      findings(first: 5) {\n        severity\n        evidence\n      }\n    }\n  }\n": types.CrossBorderInspectionDocument,
    "\n  query CrossBorderCases {\n    grievances(first: 50) {\n      edges {\n        node {\n          trackingCode\n          summary\n          complainantIdentity\n        }\n      }\n    }\n  }\n": types.CrossBorderCasesDocument,
    "\n  query CrossBorderAgreements {\n    agreements(first: 20, filter: { countries: [\"BD\", \"NL\"], status: [IN_FORCE] }) {\n      edges {\n        node {\n          id\n          sharingClauses {\n            category\n          }\n        }\n      }\n    }\n  }\n": types.CrossBorderAgreementsDocument,
    "\n  mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      inspection {\n        id\n      }\n    }\n  }\n": types.SubmitInspectionOfFacilityDocument,
    "\n  query GatewayViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.GatewayViewerRoleDocument,
    "\n  query GatewayOversizedPage {\n    facilities(first: 1000) {\n      totalCount\n    }\n  }\n": types.GatewayOversizedPageDocument,
    "\n  query GatewayTooDeep {\n    facilities(first: 1) {\n      edges {\n        node {\n          owner {\n            facilities {\n              edges {\n                node {\n                  owner {\n                    facilities {\n                      edges {\n                        node {\n                          owner {\n                            facilities {\n                              edges {\n                                node {\n                                  id\n                                }\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GatewayTooDeepDocument,
    "\n  query AnonymousCallerLimitStatus($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status }\n  }\n": types.AnonymousCallerLimitStatusDocument,
    "\n  query AnonymousWorkerFollow($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status statusName message language nextDeadline overdue timeline { at status message note } }\n  }\n": types.AnonymousWorkerFollowDocument,
    "\n  mutation AnonymousWorkerWithdraw($code: String!, $secret: String, $reason: String) {\n    withdrawGrievance(trackingCode: $code, secret: $secret, reason: $reason) { tracking { status message } userErrors { code message } }\n  }\n": types.AnonymousWorkerWithdrawDocument,
    "\n  mutation AnonymousWorkerRemedy($id: ID!, $input: RemediationInput!) {\n    recordRemediation(grievanceId: $id, input: $input) { remediation { actionsAgreed backPay { amount currency } workersReinstated verified verifiedBy { id } } userErrors { code message } }\n  }\n": types.AnonymousWorkerRemedyDocument,
    "\n  query AnonymousWorkerCases {\n    grievances(first: 5) { edges { node { id version handlerKind handler { id } } } }\n  }\n": types.AnonymousWorkerCasesDocument,
    "\n  query AnonymousWorkerRemediation($id: ID!) {\n    grievance(id: $id) { handler { id } remediation { backPay { amount currency } verified verifiedBy { id } } }\n  }\n": types.AnonymousWorkerRemediationDocument,
    "\n  mutation AnonymousWorkerRetry($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret replayed notice grievance { status } }\n  }\n": types.AnonymousWorkerRetryDocument,
    "\n  query AnonymousWorkerVersion($id: ID!) {\n    grievance(id: $id) { version }\n  }\n": types.AnonymousWorkerVersionDocument,
    "\n  mutation AnonymousWorkerAcknowledge($id: ID!, $v: Int!) {\n    transitionGrievance(id: $id, to: ACKNOWLEDGED, expectedVersion: $v) { grievance { status } userErrors { code message } }\n  }\n": types.AnonymousWorkerAcknowledgeDocument,
    "\n  query BatchingGrievanceSummaries($first: Int!) {\n    facilities(first: $first) { edges { node { id grievanceSummary { open overdue resolved suppressed byArea { area open } } } } }\n  }\n": types.BatchingGrievanceSummariesDocument,
    "\n  query BatchingCasePage($first: Int!) {\n    grievances(first: $first) { totalCount edges { node {\n      trackingCode status overdue deadlines { respondBy } nextDeadline { kind }\n      facility { id name } timeline(last: 3) { at kind note } remediation { actionsAgreed }\n      complainantIdentity description\n    } } }\n  }\n": types.BatchingCasePageDocument,
    "\n  mutation CaseRulesEscalate($id: ID!, $to: EscalationTarget!, $v: Int!) {\n    escalateGrievance(id: $id, to: $to, expectedVersion: $v) { grievance { status handlerKind handler { id } } userErrors { code message field } }\n  }\n": types.CaseRulesEscalateDocument,
    "\n  mutation CaseRulesLink($id: ID!, $facility: ID!, $v: Int!) {\n    linkGrievanceToFacility(id: $id, facilityId: $facility, facilityOwnerId: \"org-grv-rules-owner\", expectedVersion: $v) {\n      grievance { facility { id } facilityCountry { code } reportedFacility { name } version }\n      userErrors { code message }\n    }\n  }\n": types.CaseRulesLinkDocument,
    "\n  query CaseRulesState($id: ID!) {\n    grievance(id: $id) { status version overdue nextDeadline { kind name dueBy overdue } deadlines { acknowledgeBy respondBy steps { name dueBy completedAt } } }\n  }\n": types.CaseRulesStateDocument,
    "\n  query CaseRulesOverdue {\n    grievances(first: 100, filter: { overdue: true }) { edges { node { id } } }\n  }\n": types.CaseRulesOverdueDocument,
    "\n  query CaseRulesList($filter: GrievanceFilter!) {\n    grievances(first: 50, filter: $filter) { totalCount edges { node { filedBy areas } } }\n  }\n": types.CaseRulesListDocument,
    "\n  query GrievancesDemoOpenCount($id: ID!) {\n    facility(id: $id) { grievanceSummary { open } }\n  }\n": types.GrievancesDemoOpenCountDocument,
    "\n  query FacilityGrievancesOfFacility($id: ID!, $first: Int, $after: String, $filter: FacilityGrievanceFilter) {\n    facility(id: $id) {\n      id\n      grievances(first: $first, after: $after, filter: $filter) {\n        totalCount pageInfo { hasNextPage endCursor } edges { node { id filedBy summary description complainantIdentity contact } }\n      }\n    }\n  }\n": types.FacilityGrievancesOfFacilityDocument,
    "\n  query FacilityGrievancesRootList {\n    grievances(first: 50) { totalCount edges { node { id } } }\n  }\n": types.FacilityGrievancesRootListDocument,
    "\n  query FacilityGrievancesById($id: ID!) {\n    grievance(id: $id) { id }\n  }\n": types.FacilityGrievancesByIdDocument,
    "\n  query FacilityGrievancesOfOwnFacilities {\n    viewer { organization { facilities(first: 30) { edges { node { id grievances { totalCount edges { node { id description } } } } } } } }\n  }\n": types.FacilityGrievancesOfOwnFacilitiesDocument,
    "\n  query FacilityGrievancesOwnedPage($first: Int!) {\n    viewer { organization { facilities(first: $first) { edges { node { id\n      grievances(first: 5) { totalCount edges { node { id status summary description timeline(last: 2) { kind } } } }\n    } } } } }\n  }\n": types.FacilityGrievancesOwnedPageDocument,
    "\n  query FacilityGrievancesRegistryPage($first: Int!) {\n    facilities(first: $first) { edges { node { id\n      grievances(first: 5) { totalCount edges { node { id status summary description timeline(last: 2) { kind } } } }\n    } } }\n  }\n": types.FacilityGrievancesRegistryPageDocument,
    "\n  mutation GrievancesFileCase($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) {\n      trackingCode secret replayed notice\n      grievance { id status version }\n      userErrors { code message field }\n    }\n  }\n": types.GrievancesFileCaseDocument,
    "\n  mutation GrievancesMoveCase($id: ID!, $to: GrievanceStatus!, $version: Int!, $note: String, $public: Boolean) {\n    transitionGrievance(id: $id, to: $to, expectedVersion: $version, note: $note, public: $public) {\n      grievance { id status version }\n      userErrors { code message field }\n    }\n  }\n": types.GrievancesMoveCaseDocument,
    "\n  query OrganisationsFacilitySummary($id: ID!) {\n    facility(id: $id) { grievanceSummary { open overdue resolved suppressed byArea { area open suppressed } } }\n  }\n": types.OrganisationsFacilitySummaryDocument,
    "\n  query OrganisationsCaseDetail($id: ID!) {\n    grievance(id: $id) {\n      complainantIdentity contact description filedBy filingOrganization { id } handlerKind handler { id }\n      timeline { kind public note notifiedOrganization { id } }\n    }\n  }\n": types.OrganisationsCaseDetailDocument,
    "\n  query OrganisationsCountAndCase($id: ID!) {\n    grievances(first: 5) { totalCount }\n    grievance(id: $id) { id }\n  }\n": types.OrganisationsCountAndCaseDocument,
    "\n  query OrganisationsSupplierRead($id: ID!) {\n    grievance(id: $id) { summary description complainantIdentity contact version }\n  }\n": types.OrganisationsSupplierReadDocument,
    "\n  query OrganisationsBrandRead($id: ID!) {\n    grievances(first: 10) { totalCount }\n    grievance(id: $id) { summary }\n  }\n": types.OrganisationsBrandReadDocument,
    "\n  query OrganisationsCaseCount($first: Int!) {\n    grievances(first: $first) { totalCount }\n  }\n": types.OrganisationsCaseCountDocument,
    "\n  query OrganisationsRegulatorRead($id: ID!) {\n    grievances(first: 10) { totalCount }\n    grievance(id: $id) { description complainantIdentity }\n  }\n": types.OrganisationsRegulatorReadDocument,
    "\n  query OrganisationsIdentityRead($id: ID!) {\n    grievance(id: $id) { complainantIdentity description }\n  }\n": types.OrganisationsIdentityReadDocument,
    "\n    query OrganisationsStats {\n      grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: [\"BD\"] }) { country { code } area cases open overdue suppressed }\n    }\n  ": types.OrganisationsStatsDocument,
    "\n    mutation OrganisationsWithdraw($code: String!) {\n      withdrawGrievance(trackingCode: $code, reason: \"Settled with management\") { tracking { status } userErrors { code } }\n    }\n  ": types.OrganisationsWithdrawDocument,
    "\n  query BatchingBrandSupplierCompliance {\n    viewer { organization { name supplyChain(first: 50) { totalCount edges { node {\n      tier\n      facility {\n        id name country { code }\n        compliance { score grade openFindings openFindingsBySeverity { major } nonComplianceByArea { area } lastInspected overdueCorrectiveActions }\n        latestInspection { endedOn findings(first: 5) { area severity status } }\n        inspections(first: 3) { totalCount edges { node { id } } }\n      }\n    } } } } }\n  }\n": types.BatchingBrandSupplierComplianceDocument,
    "\n  query BatchingInspections($first: Int!) {\n    inspections(first: $first) { edges { node {\n      id sharedWith { id } jointInspectors { id }\n      findings(first: 5) { evidence correctiveActions { status overdue } }\n      correctiveActions { finding { severity } facility { id } }\n      facility { compliance { score } latestInspection { id } inspections(first: 2) { totalCount } }\n    } } }\n  }\n": types.BatchingInspectionsDocument,
    "\n  query InspectionComplianceStats($groupBy: [ComplianceDimension!], $filter: ComplianceStatsFilter) {\n    complianceStats(groupBy: $groupBy, filter: $filter) {\n      country { code } area sector month severity inspections facilitiesAssessed nonCompliantFacilities nonComplianceRate\n      findingsBySeverity { zeroTolerance major minor observation }\n    }\n  }\n": types.InspectionComplianceStatsDocument,
    "\n  mutation InspectionFlowSubmit($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      replayed userErrors { code message }\n      inspection { id status disclosure country { code } conductedBy { id } findingsConnection(first: 10) { totalCount edges { node { id area severity status } } } }\n    }\n  }\n": types.InspectionFlowSubmitDocument,
    "\n  query InspectionFlowCompliance($id: ID!) {\n    facility(id: $id) { id compliance { score grade openFindings openFindingsBySeverity { major minor } nonComplianceByArea { area openFindings } lastInspected overdueCorrectiveActions } }\n  }\n": types.InspectionFlowComplianceDocument,
    "\n  mutation InspectionFlowPublish($id: ID!) { publishInspection(id: $id) { inspection { status publishedAt } userErrors { code } } }\n": types.InspectionFlowPublishDocument,
    "\n  query InspectionFlowStatus($id: ID!) { inspection(id: $id) { status publishedAt } }\n": types.InspectionFlowStatusDocument,
    "\n  mutation InspectionFlowAddAction($input: AddCorrectiveActionInput!, $key: String!) {\n    addCorrectiveAction(input: $input, idempotencyKey: $key) { correctiveAction { id status version finding { status } } userErrors { code message } }\n  }\n": types.InspectionFlowAddActionDocument,
    "\n  mutation InspectionFlowUpdateAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) { correctiveAction { status version finding { status } } userErrors { code message } }\n  }\n": types.InspectionFlowUpdateActionDocument,
    "\n  mutation InspectionFlowVerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { correctiveAction { status verifiedBy { id } verifiedOn verificationNote finding { status } } userErrors { code message } }\n  }\n": types.InspectionFlowVerifyActionDocument,
    "\n  query InspectionFlowFindings($id: ID!) { inspection(id: $id) { findings(first: 5) { id severity } } }\n": types.InspectionFlowFindingsDocument,
    "\n  mutation InspectionFlowDispute($input: DisputeFindingInput!) {\n    disputeFinding(input: $input) { finding { status dispute { reason raisedBy { id } } inspection { status } } userErrors { code } }\n  }\n": types.InspectionFlowDisputeDocument,
    "\n  query InspectionFlowEvidence($id: ID!) { inspection(id: $id) { findings(first: 1) { evidence } } }\n": types.InspectionFlowEvidenceDocument,
    "\n  mutation InspectionRulesSubmit($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { replayed inspection { id facility { compliance { score grade openFindings } } } }\n  }\n": types.InspectionRulesSubmitDocument,
    "\n  query InspectionVisibilityList { inspections(first: 50) { totalCount edges { node { id sharedWith { id } findings { evidence } } } } }\n": types.InspectionVisibilityListDocument,
    "\n  query InspectionVisibilityById($id: ID!) { inspection(id: $id) { id } }\n": types.InspectionVisibilityByIdDocument,
    "\n  query InspectionVisibilityFacility($id: ID!) { inspection(id: $id) { facility { inspections { totalCount } latestInspection { id } } } }\n": types.InspectionVisibilityFacilityDocument,
    "\n  query InspectionVisibilityOverdue { correctiveActions(filter: { overdue: true }) { edges { node { inspection { id } overdue } } } }\n": types.InspectionVisibilityOverdueDocument,
    "\n  query JwksViewerIdentity {\n    viewer {\n      role\n      subject\n      jurisdiction {\n        code\n      }\n    }\n  }\n": types.JwksViewerIdentityDocument,
    "\n  query JwksViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.JwksViewerRoleDocument,
    "\n  fragment PermissionsAuditPage on AuditEntryConnection {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { subject organizationId role operation target country } }\n  }\n": types.PermissionsAuditPageFragmentDoc,
    "\n  query PermissionsAuditSuppliers($after: String, $filter: AuditTrailFilter) {\n    auditTrail { suppliers(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": types.PermissionsAuditSuppliersDocument,
    "\n  query PermissionsAuditAgreements($after: String, $filter: AuditTrailFilter) {\n    auditTrail { agreements(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": types.PermissionsAuditAgreementsDocument,
    "\n  query PermissionsAuditInspections($after: String, $filter: AuditTrailFilter) {\n    auditTrail { inspections(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": types.PermissionsAuditInspectionsDocument,
    "\n  query PermissionsAuditGrievances($after: String, $filter: AuditTrailFilter) {\n    auditTrail { grievances(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n": types.PermissionsAuditGrievancesDocument,
    "\n  mutation PermissionsWorldSubmitInspection($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { inspection { id findings { id } } userErrors { code message } }\n  }\n": types.PermissionsWorldSubmitInspectionDocument,
    "\n  mutation PermissionsWorldPublishInspection($id: ID!) {\n    publishInspection(id: $id) { inspection { id status } userErrors { code message } }\n  }\n": types.PermissionsWorldPublishInspectionDocument,
    "\n  mutation PermissionsImportFacilityList($input: ImportFacilityListInput!, $key: String!) {\n    importFacilityList(input: $input, idempotencyKey: $key) { import { id } rows { outcome facility { id } } userErrors { code message } }\n  }\n": types.PermissionsImportFacilityListDocument,
    "\n  fragment PermissionsGrievanceCase on Grievance {\n    id complainantIdentity contact description\n  }\n": types.PermissionsGrievanceCaseFragmentDoc,
    "\n  query PermissionsGrievanceList {\n    grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } }\n  }\n": types.PermissionsGrievanceListDocument,
    "\n  query PermissionsGrievancesById($union: ID!, $civilSociety: ID!, $worker: ID!, $anonymousA: ID!, $anonymousB: ID!, $quietA: ID!, $quietB: ID!) {\n    union: grievance(id: $union) { ...PermissionsGrievanceCase }\n    civilSociety: grievance(id: $civilSociety) { ...PermissionsGrievanceCase }\n    worker: grievance(id: $worker) { ...PermissionsGrievanceCase }\n    anonymousA: grievance(id: $anonymousA) { ...PermissionsGrievanceCase }\n    anonymousB: grievance(id: $anonymousB) { ...PermissionsGrievanceCase }\n    quietA: grievance(id: $quietA) { ...PermissionsGrievanceCase }\n    quietB: grievance(id: $quietB) { ...PermissionsGrievanceCase }\n  }\n": types.PermissionsGrievancesByIdDocument,
    "\n  query PermissionsFacilityGrievances($main: ID!, $quiet: ID!) {\n    main: facility(id: $main) { grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } } }\n    quiet: facility(id: $quiet) { grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } } }\n  }\n": types.PermissionsFacilityGrievancesDocument,
    "\n  query PermissionsOwnFacilityGrievances {\n    viewer { organization { facilities(first: 5) { edges { node { id grievances(first: 10) { totalCount edges { node { ...PermissionsGrievanceCase } } } } } } } }\n  }\n": types.PermissionsOwnFacilityGrievancesDocument,
    "\n  query PermissionsGrievanceSummary($main: ID!, $quiet: ID!) {\n    main: facility(id: $main) { grievanceSummary { open overdue resolved suppressed byArea { area open suppressed } } }\n    quiet: facility(id: $quiet) { grievanceSummary { open overdue resolved suppressed } }\n  }\n": types.PermissionsGrievanceSummaryDocument,
    "\n  query PermissionsGrievanceStats {\n    grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: [\"BD\"] }) { country { code } area cases open overdue suppressed }\n  }\n": types.PermissionsGrievanceStatsDocument,
    "\n  query PermissionsInspectionList {\n    inspections(first: 50) { totalCount edges { node { id disclosure sharedWith { id } findings { id evidence } } } }\n  }\n": types.PermissionsInspectionListDocument,
    "\n  query PermissionsInspectionsById($private: ID!, $shared: ID!, $public: ID!) {\n    PRIVATE: inspection(id: $private) { id disclosure sharedWith { id } findings { id evidence } }\n    SHARED_WITH_BUYERS: inspection(id: $shared) { id disclosure sharedWith { id } findings { id evidence } }\n    PUBLIC: inspection(id: $public) { id disclosure sharedWith { id } findings { id evidence } }\n  }\n": types.PermissionsInspectionsByIdDocument,
    "\n  query PermissionsFacilityInspections($id: ID!) {\n    facility(id: $id) { id inspections(first: 50) { totalCount edges { node { id disclosure sharedWith { id } findings { id evidence } } } } }\n  }\n": types.PermissionsFacilityInspectionsDocument,
    "\n  mutation PermissionsSubmitInspection($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { inspection { id conductedBy { id } } userErrors { code } }\n  }\n": types.PermissionsSubmitInspectionDocument,
    "\n  mutation PermissionsAddCorrectiveAction($input: AddCorrectiveActionInput!, $key: String!) {\n    addCorrectiveAction(input: $input, idempotencyKey: $key) { correctiveAction { id status } userErrors { code } }\n  }\n": types.PermissionsAddCorrectiveActionDocument,
    "\n  query PermissionsGrievanceState($id: ID!) { grievance(id: $id) { version status allowedTransitions } }\n": types.PermissionsGrievanceStateDocument,
    "\n  mutation PermissionsTransitionGrievance($id: ID!, $to: GrievanceStatus!, $version: Int!) {\n    transitionGrievance(id: $id, to: $to, expectedVersion: $version) { grievance { id status } userErrors { code } }\n  }\n": types.PermissionsTransitionGrievanceDocument,
    "\n  mutation PermissionsCreateAgreement($input: CreateAgreementInput!, $key: String!) {\n    createAgreement(input: $input, idempotencyKey: $key) { agreement { id status } userErrors { code } }\n  }\n": types.PermissionsCreateAgreementDocument,
    "\n  mutation PermissionsChangeAgreementStatus($input: ChangeAgreementStatusInput!, $key: String!) {\n    changeAgreementStatus(input: $input, idempotencyKey: $key) { agreement { id status } userErrors { code } }\n  }\n": types.PermissionsChangeAgreementStatusDocument,
    "\n  mutation PermissionsAddSharingClause($input: AddSharingClauseInput!, $key: String!) {\n    addSharingClause(input: $input, idempotencyKey: $key) { agreement { id } userErrors { code } }\n  }\n": types.PermissionsAddSharingClauseDocument,
    "\n  query PermissionsInspectionStatus($id: ID!) { inspection(id: $id) { id status } }\n": types.PermissionsInspectionStatusDocument,
    "\n  mutation PermissionsPublishInspection($id: ID!) { publishInspection(id: $id) { inspection { id } userErrors { code } } }\n": types.PermissionsPublishInspectionDocument,
    "\n  mutation PermissionsChangeDisclosure($input: ChangeDisclosureInput!) { changeDisclosure(input: $input) { inspection { id } userErrors { code } } }\n": types.PermissionsChangeDisclosureDocument,
    "\n  query PermissionsSupplyChain($brand: ID!) {\n    organization(id: $brand) { supplyChain(first: 50) { totalCount edges { node { publiclyDisclosed facility { id } } } } }\n  }\n": types.PermissionsSupplyChainDocument,
    "\n  query PermissionsBuyers($main: ID!, $hidden: ID!, $brand: ID!) {\n    main: facility(id: $main) { buyers { publiclyDisclosed buyer { id } } }\n    hidden: facility(id: $hidden) { buyers { publiclyDisclosed buyer { id } } }\n    facilities(first: 50, filter: { buyer: $brand }) { totalCount edges { node { id } } }\n  }\n": types.PermissionsBuyersDocument,
    "\n  query PermissionsFacilityListImports($brandImport: ID!, $supplierImport: ID!, $brand: ID!, $supplier: ID!) {\n    brandImport: facilityListImport(id: $brandImport) { id organization { id } }\n    supplierImport: facilityListImport(id: $supplierImport) { id organization { id } }\n    brand: organization(id: $brand) { facilityListImports { totalCount } }\n    supplier: organization(id: $supplier) { facilityListImports { totalCount } }\n  }\n": types.PermissionsFacilityListImportsDocument,
    "\n  query PermissionsDraftAgreement($draft: ID!, $inForce: ID!) {\n    agreements(first: 50) { totalCount edges { node { id } } }\n    draft: agreement(id: $draft) { id status }\n    inForce: agreement(id: $inForce) { id status }\n    bd: country(code: \"BD\") { agreements { id } }\n    vn: country(code: \"VN\") { agreements { id } }\n  }\n": types.PermissionsDraftAgreementDocument,
    "\n    query PermissionsTrailSuppliers { auditTrail { suppliers(first: 1) { totalCount edges { node { operation } } } } }\n  ": types.PermissionsTrailSuppliersDocument,
    "\n    query PermissionsTrailAgreements { auditTrail { agreements(first: 1) { totalCount edges { node { operation } } } } }\n  ": types.PermissionsTrailAgreementsDocument,
    "\n    query PermissionsTrailInspections { auditTrail { inspections(first: 1) { totalCount edges { node { operation } } } } }\n  ": types.PermissionsTrailInspectionsDocument,
    "\n    query PermissionsTrailGrievances { auditTrail { grievances(first: 1) { totalCount edges { node { operation } } } } }\n  ": types.PermissionsTrailGrievancesDocument,
    "\n  query RateLimitViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.RateLimitViewerRoleDocument,
    "\n  query ResilienceFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      compliance {\n        score\n      }\n      grievanceSummary {\n        open\n      }\n    }\n  }\n": types.ResilienceFacilityDocument,
    "\n  query ResilienceViewerRole {\n    viewer {\n      role\n    }\n  }\n": types.ResilienceViewerRoleDocument,
    "\n  query SupplierDemoFootwearCount {\n    facilities(first: 1, filter: { sector: [\"footwear\"] }) {\n      totalCount\n    }\n  }\n": types.SupplierDemoFootwearCountDocument,
    "\n  query SupplierDemoSearch($search: String!) {\n    facilities(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SupplierDemoSearchDocument,
    "\n  query SupplierDemoSupplyChainBySector($sector: String!) {\n    viewer {\n      organization {\n        supplyChain(first: 100, filter: { sector: [$sector] }) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.SupplierDemoSupplyChainBySectorDocument,
    "\n  mutation SupplierImportList($input: ImportFacilityListInput!, $key: String!) {\n    importFacilityList(input: $input, idempotencyKey: $key) {\n      import {\n        id\n        status\n        totalRows\n        counts {\n          new\n          matched\n          potentialMatch\n          error\n        }\n      }\n      rows {\n        id\n        rowNumber\n        outcome\n        name\n        reason\n        facility {\n          id\n        }\n        candidates {\n          facility {\n            id\n          }\n          score\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SupplierImportListDocument,
    "\n  fragment SupplierImportDecision on FacilityMatchDecisionPayload {\n    row {\n      id\n      outcome\n      resolution\n      facility {\n        id\n        name\n      }\n    }\n    facility {\n      id\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n": types.SupplierImportDecisionFragmentDoc,
    "\n  mutation SupplierImportConfirmMatch($row: ID!, $facility: ID!) {\n    confirmFacilityMatch(rowId: $row, facilityId: $facility) {\n      ...SupplierImportDecision\n    }\n  }\n": types.SupplierImportConfirmMatchDocument,
    "\n  mutation SupplierImportRejectMatch($row: ID!) {\n    rejectFacilityMatch(rowId: $row) {\n      ...SupplierImportDecision\n    }\n  }\n": types.SupplierImportRejectMatchDocument,
    "\n  mutation SupplierImportMerge($survivor: ID!, $duplicate: ID!) {\n    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {\n      survivor {\n        id\n        sectors\n        buyers {\n          buyer {\n            id\n          }\n          tier\n        }\n      }\n      mergedId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SupplierImportMergeDocument,
    "\n  query SupplierImportSupplyChain {\n    viewer {\n      organization {\n        supplyChain {\n          totalCount\n          edges {\n            node {\n              facility {\n                id\n              }\n              products\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupplierImportSupplyChainDocument,
    "\n  query SupplierImportFacilityCount {\n    facilities(first: 0) {\n      totalCount\n    }\n  }\n": types.SupplierImportFacilityCountDocument,
    "\n  query SupplierImportListImport($id: ID!) {\n    facilityListImport(id: $id) {\n      fileName\n      uploadedBy\n      organization {\n        id\n      }\n      rows(filter: { pending: true }) {\n        totalCount\n        edges {\n          node {\n            rowNumber\n          }\n        }\n      }\n    }\n  }\n": types.SupplierImportListImportDocument,
    "\n  query SupplierImportListImports {\n    organization(id: \"brand-lumen\") {\n      facilityListImports {\n        totalCount\n      }\n    }\n  }\n": types.SupplierImportListImportsDocument,
    "\n  query SupplierImportBuyers($id: ID!) {\n    facility(id: $id) {\n      buyers {\n        buyer {\n          id\n        }\n      }\n    }\n  }\n": types.SupplierImportBuyersDocument,
    "\n  query SupplierImportFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n": types.SupplierImportFacilityDocument,
    "\n  query SupplierImportAuditTrail {\n    auditTrail {\n      suppliers(first: 50) {\n        edges {\n          node {\n            operation\n            target\n            subject\n          }\n        }\n      }\n    }\n  }\n": types.SupplierImportAuditTrailDocument,
    "\n  query SupplierRegistryFacilities($filter: FacilityFilter) {\n    facilities(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SupplierRegistryFacilitiesDocument,
    "\n  query SupplierRegistryFacilityId($id: ID!) {\n    facility(id: $id) {\n      id\n    }\n  }\n": types.SupplierRegistryFacilityIdDocument,
    "\n  query SupplierRegistryFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      status\n      sectors\n    }\n  }\n": types.SupplierRegistryFacilityDocument,
    "\n  query SupplierRegistrySupplyChain($id: ID!, $filter: SupplyChainFilter) {\n    organization(id: $id) {\n      supplyChain(first: 20, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            tier\n            facility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupplierRegistrySupplyChainDocument,
    "\n  query SupplierRegistryBuyers($id: ID!) {\n    facility(id: $id) {\n      buyers {\n        buyer {\n          id\n        }\n        publiclyDisclosed\n      }\n      owner {\n        id\n      }\n    }\n  }\n": types.SupplierRegistryBuyersDocument,
    "\n  query SupplierRegistryCambodianFacilities($first: Int!) {\n    facilities(first: $first, filter: { country: [\"KH\"] }) {\n      totalCount\n      edges {\n        node {\n          id\n          owner {\n            name\n          }\n          buyers {\n            tier\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupplierRegistryCambodianFacilitiesDocument,
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
export function graphql(source: "\n  query AgreementCooperation($a: String!, $b: String!, $aCode: ID!, $bCode: ID!) {\n    agreements(filter: { countries: [$a, $b] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          sharingClauses {\n            category\n            recipients {\n              country {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n    country(code: $aCode) {\n      name\n      categoriesReceivedFrom(country: $bCode)\n      receivesFrom(category: GRIEVANCE_CASES) {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationCount($filter: AgreementFilter) {\n    agreements(filter: $filter) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationTitles($filter: AgreementFilter) {\n    agreements(filter: $filter) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationAgreement($id: ID!) {\n    agreement(id: $id) {\n      title\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationSharing {\n    bd: country(code: \"BD\") {\n      sharingPartners {\n        category\n        receivesFrom {\n          code\n        }\n        sharesWith {\n          code\n        }\n      }\n    }\n    partners: sharingPartners(country: \"VN\", category: GRIEVANCE_CASES) {\n      code\n    }\n    grants: sharingGrants(filter: { to: \"NL\" }) {\n      category\n      from {\n        code\n      }\n      to {\n        code\n      }\n      agreement {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationUnknownPartners {\n    sharingPartners(country: \"XX\", category: GRIEVANCE_CASES) {\n      code\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationUnknownPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationFundamental {\n    conventions(filter: { category: [FUNDAMENTAL] }) {\n      totalCount\n      edges {\n        node {\n          code\n          title\n          category\n          areas\n          supplements {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationFundamentalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementCooperationCountries {\n    us: country(code: \"us\") {\n      code\n      name\n      region\n      hasRatified(code: \"C087\")\n      ratifications {\n        convention {\n          code\n        }\n        status\n        dateCertain\n      }\n    }\n    europe: countries(filter: { region: EUROPE }, first: 2) {\n      totalCount\n      edges {\n        node {\n          code\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    nowhere: country(code: \"XX\") {\n      name\n    }\n    c087: convention(code: \"C087\") {\n      ratifications(status: [IN_FORCE]) {\n        country {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementCooperationCountriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDemoRapidResponse {\n    agreements(filter: { countries: [\"US\", \"MX\"], provision: GRIEVANCE_MECHANISM }) {\n      edges {\n        node {\n          kind\n          status\n          inForceFrom\n          grievanceMechanism {\n            name\n            acknowledgeWithinDays\n            respondWithinDays\n            reviewSteps {\n              name\n              withinDays\n              after\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementDemoRapidResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDemoExchanges {\n    nl: country(code: \"NL\") {\n      fromBangladesh: categoriesReceivedFrom(country: \"BD\")\n    }\n    bd: country(code: \"BD\") {\n      fromNetherlands: categoriesReceivedFrom(country: \"NL\")\n    }\n    fr: country(code: \"FR\") {\n      fromCambodia: categoriesReceivedFrom(country: \"KH\")\n    }\n    de: country(code: \"DE\") {\n      fromTurkiye: categoriesReceivedFrom(country: \"TR\")\n    }\n    accord: agreements(filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {\n      edges {\n        node {\n          grievanceMechanism {\n            acknowledgeWithinDays\n            respondWithinDays\n          }\n        }\n      }\n    }\n    gfa: agreements(filter: { organization: \"org-global-industrial-workers-federation\", kind: [GLOBAL_FRAMEWORK_AGREEMENT] }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AgreementDemoExchangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDemoCount {\n    agreements(first: 100) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AgreementDemoCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementListingAgreements($first: Int!) {\n    list: agreements(first: $first, filter: { kind: [ENFORCEABLE_BRAND_AGREEMENT] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          signedOn\n          allowedTransitions\n          parties {\n            role\n            since\n            country {\n              code\n              name\n              hasRatified(code: \"C087\")\n            }\n            organization {\n              id\n            }\n          }\n          conventions {\n            code\n            title\n            areas\n          }\n          provisions {\n            kind\n          }\n          sharingClauses {\n            category\n            recipients {\n              role\n              organization {\n                id\n              }\n            }\n          }\n          statusHistory {\n            status\n            on\n          }\n          amendments {\n            adoptedOn\n          }\n          grievanceMechanism {\n            name\n            reviewSteps {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementListingAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementListingCountries($first: Int!, $codes: [String!]) {\n    list: countries(first: $first, filter: { codes: $codes }) {\n      edges {\n        node {\n          code\n          agreements {\n            title\n            parties {\n              role\n            }\n          }\n          ratifications {\n            status\n          }\n          receivesFrom(category: INSPECTION_FINDINGS) {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementListingCountriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementTestFields on Agreement {\n    id\n    title\n    kind\n    status\n    statusSince\n    version\n    draftedOn\n    signedOn\n    inForceFrom\n    endedOn\n    expiresOn\n    allowedTransitions\n    parties {\n      role\n      since\n      country {\n        code\n      }\n      organization {\n        id\n      }\n    }\n    conventions {\n      code\n    }\n    provisions {\n      kind\n      article\n    }\n    sharingClauses {\n      category\n      recipients {\n        country {\n          code\n        }\n        organization {\n          id\n        }\n      }\n    }\n    statusHistory {\n      status\n      on\n      note\n    }\n    grievanceMechanism {\n      name\n      acknowledgeWithinDays\n      respondWithinDays\n      respondAfter\n      reviewSteps {\n        name\n        withinDays\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementTestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementTestPayload on AgreementPayload {\n    agreement {\n      ...AgreementTestFields\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n"): typeof import('./graphql').AgreementTestPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementTestCreate($input: CreateAgreementInput!, $key: String!) {\n      createAgreement(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  "): typeof import('./graphql').AgreementTestCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementTestAmend($input: AmendAgreementInput!, $key: String!) {\n      amendAgreement(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  "): typeof import('./graphql').AgreementTestAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementTestAddParty($input: AddAgreementPartyInput!, $key: String!) {\n      addAgreementParty(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  "): typeof import('./graphql').AgreementTestAddPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementTestAddSharingClause($input: AddSharingClauseInput!, $key: String!) {\n      addSharingClause(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  "): typeof import('./graphql').AgreementTestAddSharingClauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementTestChangeStatus($input: ChangeAgreementStatusInput!, $key: String!) {\n      changeAgreementStatus(input: $input, idempotencyKey: $key) {\n        ...AgreementTestPayload\n      }\n    }\n  "): typeof import('./graphql').AgreementTestChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgreementTestRecordRatification($input: RecordRatificationInput!, $key: String!) {\n      recordRatification(input: $input, idempotencyKey: $key) {\n        ratification {\n          status\n          date\n          statusSince\n          dateCertain\n          source\n          country {\n            code\n          }\n          convention {\n            code\n          }\n        }\n        userErrors {\n          code\n          message\n          field\n        }\n      }\n    }\n  "): typeof import('./graphql').AgreementTestRecordRatificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementTermsGrievancePartners {\n    sharingPartners(country: \"NL\", category: GRIEVANCE_CASES) {\n      code\n    }\n  }\n"): typeof import('./graphql').AgreementTermsGrievancePartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementTermsRatifications($country: ID!) {\n    country(code: $country) {\n      hasRatified(code: \"C087\")\n      ratifications {\n        convention {\n          code\n        }\n        status\n        date\n        statusSince\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementTermsRatificationsDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayViewerRole {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql').GatewayViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayOversizedPage {\n    facilities(first: 1000) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').GatewayOversizedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayTooDeep {\n    facilities(first: 1) {\n      edges {\n        node {\n          owner {\n            facilities {\n              edges {\n                node {\n                  owner {\n                    facilities {\n                      edges {\n                        node {\n                          owner {\n                            facilities {\n                              edges {\n                                node {\n                                  id\n                                }\n                              }\n                            }\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GatewayTooDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousCallerLimitStatus($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status }\n  }\n"): typeof import('./graphql').AnonymousCallerLimitStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousWorkerFollow($code: String!, $secret: String!) {\n    grievanceStatus(trackingCode: $code, secret: $secret) { status statusName message language nextDeadline overdue timeline { at status message note } }\n  }\n"): typeof import('./graphql').AnonymousWorkerFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymousWorkerWithdraw($code: String!, $secret: String, $reason: String) {\n    withdrawGrievance(trackingCode: $code, secret: $secret, reason: $reason) { tracking { status message } userErrors { code message } }\n  }\n"): typeof import('./graphql').AnonymousWorkerWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymousWorkerRemedy($id: ID!, $input: RemediationInput!) {\n    recordRemediation(grievanceId: $id, input: $input) { remediation { actionsAgreed backPay { amount currency } workersReinstated verified verifiedBy { id } } userErrors { code message } }\n  }\n"): typeof import('./graphql').AnonymousWorkerRemedyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousWorkerCases {\n    grievances(first: 5) { edges { node { id version handlerKind handler { id } } } }\n  }\n"): typeof import('./graphql').AnonymousWorkerCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousWorkerRemediation($id: ID!) {\n    grievance(id: $id) { handler { id } remediation { backPay { amount currency } verified verifiedBy { id } } }\n  }\n"): typeof import('./graphql').AnonymousWorkerRemediationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymousWorkerRetry($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) { trackingCode secret replayed notice grievance { status } }\n  }\n"): typeof import('./graphql').AnonymousWorkerRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousWorkerVersion($id: ID!) {\n    grievance(id: $id) { version }\n  }\n"): typeof import('./graphql').AnonymousWorkerVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymousWorkerAcknowledge($id: ID!, $v: Int!) {\n    transitionGrievance(id: $id, to: ACKNOWLEDGED, expectedVersion: $v) { grievance { status } userErrors { code message } }\n  }\n"): typeof import('./graphql').AnonymousWorkerAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingGrievanceSummaries($first: Int!) {\n    facilities(first: $first) { edges { node { id grievanceSummary { open overdue resolved suppressed byArea { area open } } } } }\n  }\n"): typeof import('./graphql').BatchingGrievanceSummariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingCasePage($first: Int!) {\n    grievances(first: $first) { totalCount edges { node {\n      trackingCode status overdue deadlines { respondBy } nextDeadline { kind }\n      facility { id name } timeline(last: 3) { at kind note } remediation { actionsAgreed }\n      complainantIdentity description\n    } } }\n  }\n"): typeof import('./graphql').BatchingCasePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseRulesEscalate($id: ID!, $to: EscalationTarget!, $v: Int!) {\n    escalateGrievance(id: $id, to: $to, expectedVersion: $v) { grievance { status handlerKind handler { id } } userErrors { code message field } }\n  }\n"): typeof import('./graphql').CaseRulesEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseRulesLink($id: ID!, $facility: ID!, $v: Int!) {\n    linkGrievanceToFacility(id: $id, facilityId: $facility, facilityOwnerId: \"org-grv-rules-owner\", expectedVersion: $v) {\n      grievance { facility { id } facilityCountry { code } reportedFacility { name } version }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql').CaseRulesLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRulesState($id: ID!) {\n    grievance(id: $id) { status version overdue nextDeadline { kind name dueBy overdue } deadlines { acknowledgeBy respondBy steps { name dueBy completedAt } } }\n  }\n"): typeof import('./graphql').CaseRulesStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRulesOverdue {\n    grievances(first: 100, filter: { overdue: true }) { edges { node { id } } }\n  }\n"): typeof import('./graphql').CaseRulesOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRulesList($filter: GrievanceFilter!) {\n    grievances(first: 50, filter: $filter) { totalCount edges { node { filedBy areas } } }\n  }\n"): typeof import('./graphql').CaseRulesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrievancesDemoOpenCount($id: ID!) {\n    facility(id: $id) { grievanceSummary { open } }\n  }\n"): typeof import('./graphql').GrievancesDemoOpenCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityGrievancesOfFacility($id: ID!, $first: Int, $after: String, $filter: FacilityGrievanceFilter) {\n    facility(id: $id) {\n      id\n      grievances(first: $first, after: $after, filter: $filter) {\n        totalCount pageInfo { hasNextPage endCursor } edges { node { id filedBy summary description complainantIdentity contact } }\n      }\n    }\n  }\n"): typeof import('./graphql').FacilityGrievancesOfFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityGrievancesRootList {\n    grievances(first: 50) { totalCount edges { node { id } } }\n  }\n"): typeof import('./graphql').FacilityGrievancesRootListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityGrievancesById($id: ID!) {\n    grievance(id: $id) { id }\n  }\n"): typeof import('./graphql').FacilityGrievancesByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityGrievancesOfOwnFacilities {\n    viewer { organization { facilities(first: 30) { edges { node { id grievances { totalCount edges { node { id description } } } } } } } }\n  }\n"): typeof import('./graphql').FacilityGrievancesOfOwnFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityGrievancesOwnedPage($first: Int!) {\n    viewer { organization { facilities(first: $first) { edges { node { id\n      grievances(first: 5) { totalCount edges { node { id status summary description timeline(last: 2) { kind } } } }\n    } } } } }\n  }\n"): typeof import('./graphql').FacilityGrievancesOwnedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityGrievancesRegistryPage($first: Int!) {\n    facilities(first: $first) { edges { node { id\n      grievances(first: 5) { totalCount edges { node { id status summary description timeline(last: 2) { kind } } } }\n    } } }\n  }\n"): typeof import('./graphql').FacilityGrievancesRegistryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrievancesFileCase($input: SubmitGrievanceInput!, $key: String!) {\n    submitGrievance(input: $input, idempotencyKey: $key) {\n      trackingCode secret replayed notice\n      grievance { id status version }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql').GrievancesFileCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrievancesMoveCase($id: ID!, $to: GrievanceStatus!, $version: Int!, $note: String, $public: Boolean) {\n    transitionGrievance(id: $id, to: $to, expectedVersion: $version, note: $note, public: $public) {\n      grievance { id status version }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql').GrievancesMoveCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsFacilitySummary($id: ID!) {\n    facility(id: $id) { grievanceSummary { open overdue resolved suppressed byArea { area open suppressed } } }\n  }\n"): typeof import('./graphql').OrganisationsFacilitySummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsCaseDetail($id: ID!) {\n    grievance(id: $id) {\n      complainantIdentity contact description filedBy filingOrganization { id } handlerKind handler { id }\n      timeline { kind public note notifiedOrganization { id } }\n    }\n  }\n"): typeof import('./graphql').OrganisationsCaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsCountAndCase($id: ID!) {\n    grievances(first: 5) { totalCount }\n    grievance(id: $id) { id }\n  }\n"): typeof import('./graphql').OrganisationsCountAndCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsSupplierRead($id: ID!) {\n    grievance(id: $id) { summary description complainantIdentity contact version }\n  }\n"): typeof import('./graphql').OrganisationsSupplierReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsBrandRead($id: ID!) {\n    grievances(first: 10) { totalCount }\n    grievance(id: $id) { summary }\n  }\n"): typeof import('./graphql').OrganisationsBrandReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsCaseCount($first: Int!) {\n    grievances(first: $first) { totalCount }\n  }\n"): typeof import('./graphql').OrganisationsCaseCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsRegulatorRead($id: ID!) {\n    grievances(first: 10) { totalCount }\n    grievance(id: $id) { description complainantIdentity }\n  }\n"): typeof import('./graphql').OrganisationsRegulatorReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsIdentityRead($id: ID!) {\n    grievance(id: $id) { complainantIdentity description }\n  }\n"): typeof import('./graphql').OrganisationsIdentityReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OrganisationsStats {\n      grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: [\"BD\"] }) { country { code } area cases open overdue suppressed }\n    }\n  "): typeof import('./graphql').OrganisationsStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganisationsWithdraw($code: String!) {\n      withdrawGrievance(trackingCode: $code, reason: \"Settled with management\") { tracking { status } userErrors { code } }\n    }\n  "): typeof import('./graphql').OrganisationsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingBrandSupplierCompliance {\n    viewer { organization { name supplyChain(first: 50) { totalCount edges { node {\n      tier\n      facility {\n        id name country { code }\n        compliance { score grade openFindings openFindingsBySeverity { major } nonComplianceByArea { area } lastInspected overdueCorrectiveActions }\n        latestInspection { endedOn findings(first: 5) { area severity status } }\n        inspections(first: 3) { totalCount edges { node { id } } }\n      }\n    } } } } }\n  }\n"): typeof import('./graphql').BatchingBrandSupplierComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingInspections($first: Int!) {\n    inspections(first: $first) { edges { node {\n      id sharedWith { id } jointInspectors { id }\n      findings(first: 5) { evidence correctiveActions { status overdue } }\n      correctiveActions { finding { severity } facility { id } }\n      facility { compliance { score } latestInspection { id } inspections(first: 2) { totalCount } }\n    } } }\n  }\n"): typeof import('./graphql').BatchingInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionComplianceStats($groupBy: [ComplianceDimension!], $filter: ComplianceStatsFilter) {\n    complianceStats(groupBy: $groupBy, filter: $filter) {\n      country { code } area sector month severity inspections facilitiesAssessed nonCompliantFacilities nonComplianceRate\n      findingsBySeverity { zeroTolerance major minor observation }\n    }\n  }\n"): typeof import('./graphql').InspectionComplianceStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionFlowSubmit($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) {\n      replayed userErrors { code message }\n      inspection { id status disclosure country { code } conductedBy { id } findingsConnection(first: 10) { totalCount edges { node { id area severity status } } } }\n    }\n  }\n"): typeof import('./graphql').InspectionFlowSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFlowCompliance($id: ID!) {\n    facility(id: $id) { id compliance { score grade openFindings openFindingsBySeverity { major minor } nonComplianceByArea { area openFindings } lastInspected overdueCorrectiveActions } }\n  }\n"): typeof import('./graphql').InspectionFlowComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionFlowPublish($id: ID!) { publishInspection(id: $id) { inspection { status publishedAt } userErrors { code } } }\n"): typeof import('./graphql').InspectionFlowPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFlowStatus($id: ID!) { inspection(id: $id) { status publishedAt } }\n"): typeof import('./graphql').InspectionFlowStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionFlowAddAction($input: AddCorrectiveActionInput!, $key: String!) {\n    addCorrectiveAction(input: $input, idempotencyKey: $key) { correctiveAction { id status version finding { status } } userErrors { code message } }\n  }\n"): typeof import('./graphql').InspectionFlowAddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionFlowUpdateAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) { correctiveAction { status version finding { status } } userErrors { code message } }\n  }\n"): typeof import('./graphql').InspectionFlowUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionFlowVerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { correctiveAction { status verifiedBy { id } verifiedOn verificationNote finding { status } } userErrors { code message } }\n  }\n"): typeof import('./graphql').InspectionFlowVerifyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFlowFindings($id: ID!) { inspection(id: $id) { findings(first: 5) { id severity } } }\n"): typeof import('./graphql').InspectionFlowFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionFlowDispute($input: DisputeFindingInput!) {\n    disputeFinding(input: $input) { finding { status dispute { reason raisedBy { id } } inspection { status } } userErrors { code } }\n  }\n"): typeof import('./graphql').InspectionFlowDisputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionFlowEvidence($id: ID!) { inspection(id: $id) { findings(first: 1) { evidence } } }\n"): typeof import('./graphql').InspectionFlowEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InspectionRulesSubmit($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { replayed inspection { id facility { compliance { score grade openFindings } } } }\n  }\n"): typeof import('./graphql').InspectionRulesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionVisibilityList { inspections(first: 50) { totalCount edges { node { id sharedWith { id } findings { evidence } } } } }\n"): typeof import('./graphql').InspectionVisibilityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionVisibilityById($id: ID!) { inspection(id: $id) { id } }\n"): typeof import('./graphql').InspectionVisibilityByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionVisibilityFacility($id: ID!) { inspection(id: $id) { facility { inspections { totalCount } latestInspection { id } } } }\n"): typeof import('./graphql').InspectionVisibilityFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionVisibilityOverdue { correctiveActions(filter: { overdue: true }) { edges { node { inspection { id } overdue } } } }\n"): typeof import('./graphql').InspectionVisibilityOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JwksViewerIdentity {\n    viewer {\n      role\n      subject\n      jurisdiction {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').JwksViewerIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JwksViewerRole {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql').JwksViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermissionsAuditPage on AuditEntryConnection {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { subject organizationId role operation target country } }\n  }\n"): typeof import('./graphql').PermissionsAuditPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsAuditSuppliers($after: String, $filter: AuditTrailFilter) {\n    auditTrail { suppliers(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n"): typeof import('./graphql').PermissionsAuditSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsAuditAgreements($after: String, $filter: AuditTrailFilter) {\n    auditTrail { agreements(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n"): typeof import('./graphql').PermissionsAuditAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsAuditInspections($after: String, $filter: AuditTrailFilter) {\n    auditTrail { inspections(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n"): typeof import('./graphql').PermissionsAuditInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsAuditGrievances($after: String, $filter: AuditTrailFilter) {\n    auditTrail { grievances(first: 100, after: $after, filter: $filter) { ...PermissionsAuditPage } }\n  }\n"): typeof import('./graphql').PermissionsAuditGrievancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsWorldSubmitInspection($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { inspection { id findings { id } } userErrors { code message } }\n  }\n"): typeof import('./graphql').PermissionsWorldSubmitInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsWorldPublishInspection($id: ID!) {\n    publishInspection(id: $id) { inspection { id status } userErrors { code message } }\n  }\n"): typeof import('./graphql').PermissionsWorldPublishInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsImportFacilityList($input: ImportFacilityListInput!, $key: String!) {\n    importFacilityList(input: $input, idempotencyKey: $key) { import { id } rows { outcome facility { id } } userErrors { code message } }\n  }\n"): typeof import('./graphql').PermissionsImportFacilityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PermissionsGrievanceCase on Grievance {\n    id complainantIdentity contact description\n  }\n"): typeof import('./graphql').PermissionsGrievanceCaseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsGrievanceList {\n    grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } }\n  }\n"): typeof import('./graphql').PermissionsGrievanceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsGrievancesById($union: ID!, $civilSociety: ID!, $worker: ID!, $anonymousA: ID!, $anonymousB: ID!, $quietA: ID!, $quietB: ID!) {\n    union: grievance(id: $union) { ...PermissionsGrievanceCase }\n    civilSociety: grievance(id: $civilSociety) { ...PermissionsGrievanceCase }\n    worker: grievance(id: $worker) { ...PermissionsGrievanceCase }\n    anonymousA: grievance(id: $anonymousA) { ...PermissionsGrievanceCase }\n    anonymousB: grievance(id: $anonymousB) { ...PermissionsGrievanceCase }\n    quietA: grievance(id: $quietA) { ...PermissionsGrievanceCase }\n    quietB: grievance(id: $quietB) { ...PermissionsGrievanceCase }\n  }\n"): typeof import('./graphql').PermissionsGrievancesByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsFacilityGrievances($main: ID!, $quiet: ID!) {\n    main: facility(id: $main) { grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } } }\n    quiet: facility(id: $quiet) { grievances(first: 50) { totalCount edges { node { ...PermissionsGrievanceCase } } } }\n  }\n"): typeof import('./graphql').PermissionsFacilityGrievancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsOwnFacilityGrievances {\n    viewer { organization { facilities(first: 5) { edges { node { id grievances(first: 10) { totalCount edges { node { ...PermissionsGrievanceCase } } } } } } } }\n  }\n"): typeof import('./graphql').PermissionsOwnFacilityGrievancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsGrievanceSummary($main: ID!, $quiet: ID!) {\n    main: facility(id: $main) { grievanceSummary { open overdue resolved suppressed byArea { area open suppressed } } }\n    quiet: facility(id: $quiet) { grievanceSummary { open overdue resolved suppressed } }\n  }\n"): typeof import('./graphql').PermissionsGrievanceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsGrievanceStats {\n    grievanceStats(groupBy: [COUNTRY, AREA], filter: { country: [\"BD\"] }) { country { code } area cases open overdue suppressed }\n  }\n"): typeof import('./graphql').PermissionsGrievanceStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsInspectionList {\n    inspections(first: 50) { totalCount edges { node { id disclosure sharedWith { id } findings { id evidence } } } }\n  }\n"): typeof import('./graphql').PermissionsInspectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsInspectionsById($private: ID!, $shared: ID!, $public: ID!) {\n    PRIVATE: inspection(id: $private) { id disclosure sharedWith { id } findings { id evidence } }\n    SHARED_WITH_BUYERS: inspection(id: $shared) { id disclosure sharedWith { id } findings { id evidence } }\n    PUBLIC: inspection(id: $public) { id disclosure sharedWith { id } findings { id evidence } }\n  }\n"): typeof import('./graphql').PermissionsInspectionsByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsFacilityInspections($id: ID!) {\n    facility(id: $id) { id inspections(first: 50) { totalCount edges { node { id disclosure sharedWith { id } findings { id evidence } } } } }\n  }\n"): typeof import('./graphql').PermissionsFacilityInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsSubmitInspection($input: SubmitInspectionInput!, $key: String!) {\n    submitInspection(input: $input, idempotencyKey: $key) { inspection { id conductedBy { id } } userErrors { code } }\n  }\n"): typeof import('./graphql').PermissionsSubmitInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsAddCorrectiveAction($input: AddCorrectiveActionInput!, $key: String!) {\n    addCorrectiveAction(input: $input, idempotencyKey: $key) { correctiveAction { id status } userErrors { code } }\n  }\n"): typeof import('./graphql').PermissionsAddCorrectiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsGrievanceState($id: ID!) { grievance(id: $id) { version status allowedTransitions } }\n"): typeof import('./graphql').PermissionsGrievanceStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsTransitionGrievance($id: ID!, $to: GrievanceStatus!, $version: Int!) {\n    transitionGrievance(id: $id, to: $to, expectedVersion: $version) { grievance { id status } userErrors { code } }\n  }\n"): typeof import('./graphql').PermissionsTransitionGrievanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsCreateAgreement($input: CreateAgreementInput!, $key: String!) {\n    createAgreement(input: $input, idempotencyKey: $key) { agreement { id status } userErrors { code } }\n  }\n"): typeof import('./graphql').PermissionsCreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsChangeAgreementStatus($input: ChangeAgreementStatusInput!, $key: String!) {\n    changeAgreementStatus(input: $input, idempotencyKey: $key) { agreement { id status } userErrors { code } }\n  }\n"): typeof import('./graphql').PermissionsChangeAgreementStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsAddSharingClause($input: AddSharingClauseInput!, $key: String!) {\n    addSharingClause(input: $input, idempotencyKey: $key) { agreement { id } userErrors { code } }\n  }\n"): typeof import('./graphql').PermissionsAddSharingClauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsInspectionStatus($id: ID!) { inspection(id: $id) { id status } }\n"): typeof import('./graphql').PermissionsInspectionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsPublishInspection($id: ID!) { publishInspection(id: $id) { inspection { id } userErrors { code } } }\n"): typeof import('./graphql').PermissionsPublishInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionsChangeDisclosure($input: ChangeDisclosureInput!) { changeDisclosure(input: $input) { inspection { id } userErrors { code } } }\n"): typeof import('./graphql').PermissionsChangeDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsSupplyChain($brand: ID!) {\n    organization(id: $brand) { supplyChain(first: 50) { totalCount edges { node { publiclyDisclosed facility { id } } } } }\n  }\n"): typeof import('./graphql').PermissionsSupplyChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsBuyers($main: ID!, $hidden: ID!, $brand: ID!) {\n    main: facility(id: $main) { buyers { publiclyDisclosed buyer { id } } }\n    hidden: facility(id: $hidden) { buyers { publiclyDisclosed buyer { id } } }\n    facilities(first: 50, filter: { buyer: $brand }) { totalCount edges { node { id } } }\n  }\n"): typeof import('./graphql').PermissionsBuyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsFacilityListImports($brandImport: ID!, $supplierImport: ID!, $brand: ID!, $supplier: ID!) {\n    brandImport: facilityListImport(id: $brandImport) { id organization { id } }\n    supplierImport: facilityListImport(id: $supplierImport) { id organization { id } }\n    brand: organization(id: $brand) { facilityListImports { totalCount } }\n    supplier: organization(id: $supplier) { facilityListImports { totalCount } }\n  }\n"): typeof import('./graphql').PermissionsFacilityListImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsDraftAgreement($draft: ID!, $inForce: ID!) {\n    agreements(first: 50) { totalCount edges { node { id } } }\n    draft: agreement(id: $draft) { id status }\n    inForce: agreement(id: $inForce) { id status }\n    bd: country(code: \"BD\") { agreements { id } }\n    vn: country(code: \"VN\") { agreements { id } }\n  }\n"): typeof import('./graphql').PermissionsDraftAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PermissionsTrailSuppliers { auditTrail { suppliers(first: 1) { totalCount edges { node { operation } } } } }\n  "): typeof import('./graphql').PermissionsTrailSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PermissionsTrailAgreements { auditTrail { agreements(first: 1) { totalCount edges { node { operation } } } } }\n  "): typeof import('./graphql').PermissionsTrailAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PermissionsTrailInspections { auditTrail { inspections(first: 1) { totalCount edges { node { operation } } } } }\n  "): typeof import('./graphql').PermissionsTrailInspectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PermissionsTrailGrievances { auditTrail { grievances(first: 1) { totalCount edges { node { operation } } } } }\n  "): typeof import('./graphql').PermissionsTrailGrievancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitViewerRole {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql').RateLimitViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      compliance {\n        score\n      }\n      grievanceSummary {\n        open\n      }\n    }\n  }\n"): typeof import('./graphql').ResilienceFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceViewerRole {\n    viewer {\n      role\n    }\n  }\n"): typeof import('./graphql').ResilienceViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierDemoFootwearCount {\n    facilities(first: 1, filter: { sector: [\"footwear\"] }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SupplierDemoFootwearCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierDemoSearch($search: String!) {\n    facilities(first: 100, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierDemoSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierDemoSupplyChainBySector($sector: String!) {\n    viewer {\n      organization {\n        supplyChain(first: 100, filter: { sector: [$sector] }) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierDemoSupplyChainBySectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierImportList($input: ImportFacilityListInput!, $key: String!) {\n    importFacilityList(input: $input, idempotencyKey: $key) {\n      import {\n        id\n        status\n        totalRows\n        counts {\n          new\n          matched\n          potentialMatch\n          error\n        }\n      }\n      rows {\n        id\n        rowNumber\n        outcome\n        name\n        reason\n        facility {\n          id\n        }\n        candidates {\n          facility {\n            id\n          }\n          score\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierImportDecision on FacilityMatchDecisionPayload {\n    row {\n      id\n      outcome\n      resolution\n      facility {\n        id\n        name\n      }\n    }\n    facility {\n      id\n    }\n    userErrors {\n      code\n      message\n      field\n    }\n  }\n"): typeof import('./graphql').SupplierImportDecisionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierImportConfirmMatch($row: ID!, $facility: ID!) {\n    confirmFacilityMatch(rowId: $row, facilityId: $facility) {\n      ...SupplierImportDecision\n    }\n  }\n"): typeof import('./graphql').SupplierImportConfirmMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierImportRejectMatch($row: ID!) {\n    rejectFacilityMatch(rowId: $row) {\n      ...SupplierImportDecision\n    }\n  }\n"): typeof import('./graphql').SupplierImportRejectMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierImportMerge($survivor: ID!, $duplicate: ID!) {\n    mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {\n      survivor {\n        id\n        sectors\n        buyers {\n          buyer {\n            id\n          }\n          tier\n        }\n      }\n      mergedId\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportSupplyChain {\n    viewer {\n      organization {\n        supplyChain {\n          totalCount\n          edges {\n            node {\n              facility {\n                id\n              }\n              products\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportSupplyChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportFacilityCount {\n    facilities(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SupplierImportFacilityCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportListImport($id: ID!) {\n    facilityListImport(id: $id) {\n      fileName\n      uploadedBy\n      organization {\n        id\n      }\n      rows(filter: { pending: true }) {\n        totalCount\n        edges {\n          node {\n            rowNumber\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportListImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportListImports {\n    organization(id: \"brand-lumen\") {\n      facilityListImports {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportListImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportBuyers($id: ID!) {\n    facility(id: $id) {\n      buyers {\n        buyer {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportBuyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SupplierImportFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierImportAuditTrail {\n    auditTrail {\n      suppliers(first: 50) {\n        edges {\n          node {\n            operation\n            target\n            subject\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierImportAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierRegistryFacilities($filter: FacilityFilter) {\n    facilities(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierRegistryFacilitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierRegistryFacilityId($id: ID!) {\n    facility(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SupplierRegistryFacilityIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierRegistryFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      status\n      sectors\n    }\n  }\n"): typeof import('./graphql').SupplierRegistryFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierRegistrySupplyChain($id: ID!, $filter: SupplyChainFilter) {\n    organization(id: $id) {\n      supplyChain(first: 20, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            tier\n            facility {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierRegistrySupplyChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierRegistryBuyers($id: ID!) {\n    facility(id: $id) {\n      buyers {\n        buyer {\n          id\n        }\n        publiclyDisclosed\n      }\n      owner {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierRegistryBuyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierRegistryCambodianFacilities($first: Int!) {\n    facilities(first: $first, filter: { country: [\"KH\"] }) {\n      totalCount\n      edges {\n        node {\n          id\n          owner {\n            name\n          }\n          buyers {\n            tier\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierRegistryCambodianFacilitiesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
