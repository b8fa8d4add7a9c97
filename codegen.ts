import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { SUBGRAPH_NAMES, type SubgraphName } from './runtime/subgraph-names';

/**
 * Resolver types per subgraph, generated from its schema.graphql. Mappers point GraphQL types
 * at the MikroORM entities (or plain row shapes) that resolvers actually return.
 */
const mappers: Record<SubgraphName, Record<string, string>> = {
  suppliers: {
    Organization: '../entities/organization.entity#Organization',
    Facility: '../entities/facility.entity#Facility',
    SupplyChainLink: '../entities/supply-chain-link.entity#SupplyChainLink',
    SupplyChainTierChange: '../entities/supply-chain-link.entity#SupplyChainLink',
    RecruitmentChannel: '../entities/recruitment-channel.entity#RecruitmentChannel',
    RecruitmentCorridor: '../entities/recruitment-channel.entity#RecruitmentChannel',
    RecruitmentLicence: '../entities/organization.entity#Organization',
    SupplyChainTree: '../queries/supply-chain-tree#SupplyChainTreeResult',
    SupplyChainNode: '../queries/supply-chain-tree#SupplyChainTreeNode',
    Viewer: '../resolvers/Viewer#ViewerSource',
    FacilityListImport: '../entities/facility-list-import.entity#FacilityListImport',
    FacilityListImportRow: '../entities/facility-list-import-row.entity#FacilityListImportRow',
    FacilityMatchCandidate: '../entities/facility-list-import-row.entity#StoredCandidate',
  },
  agreements: {
    Country: '../domain/reference-data#Country',
    Convention: '../domain/reference-data#Convention',
    Ratification: '../domain/ratifications#CurrentRatification',
    Agreement: '../entities/agreement.entity#Agreement',
    AgreementParty: '../entities/agreement-party.entity#AgreementParty',
    Provision: '../entities/agreement-provision.entity#AgreementProvision',
    SharingClause: '../entities/sharing-clause.entity#SharingClause',
    StatusChange: '../entities/status-change.entity#StatusChange',
    Amendment: '../entities/amendment.entity#Amendment',
    GrievanceMechanism: '../domain/vocabulary#GrievanceMechanism',
    AgreementGrievanceRules: '../queries/grievance-rules#RulesOfAgreement',
    CaseRules: '../domain/mechanism#GrievanceRules',
    CategorySharing: '../resolvers/CategorySharing#CategorySharingSource',
    SharingGrant: '../domain/sharing#SharingGrant',
    Finding: '../resolvers/Finding#FindingReference',
  },
  inspections: {
    Inspection: '../entities/inspection.entity#Inspection',
    Finding: '../entities/finding.entity#Finding',
    CorrectiveAction: '../entities/corrective-action.entity#CorrectiveAction',
    Facility: '../resolvers/Facility#FacilityReference',
    FacilityCompliance: '../queries/compliance#ScoredCompliance',
    SeverityCounts: '../resolvers/SeverityCounts#SeverityTally',
    ComplianceStatsRow: '../queries/compliance-stats#ComplianceStatsRowSource',
    SchemeCode: '../../../../vocabulary/audit-schemes#SchemeCodeRecord',
    ReportAccessGrant: '../entities/report-access-grant.entity#ReportAccessGrant',
    ReportAccessRequest: '../entities/report-access-request.entity#ReportAccessRequest',
    EnforcementAction: '../entities/enforcement-action.entity#EnforcementAction',
  },
  grievances: {
    Grievance: '../entities/grievance.entity#Grievance',
    Remediation: '../entities/remediation.entity#Remediation',
    MechanismRules: '../domain#GrievanceRules',
    GrievanceTracking: '../queries/tracking#TrackingView',
    GrievanceSummary: '../resolvers/GrievanceSummary#GrievanceSummarySource',
    Facility: '../resolvers/Facility#FacilityReference',
    GrievanceEvent: '../resolvers/GrievanceEvent#TimelineEntry',
    CaseMessage: '../entities/case-message.entity#CaseMessage',
    ComplainantQuestion: '../resolvers/ComplainantQuestion#QuestionView',
  },
  notifications: {
    WebhookSubscription: '../entities/webhook-subscription.entity#WebhookSubscription',
    WebhookDelivery: '../entities/webhook-delivery.entity#WebhookDelivery',
  },
};

/** Types every subgraph shares, mapped to the shared runtime. */
const sharedMappers: Record<string, string> = {
  AuditTrail: '../../../../runtime/audit-trail#AuditTrailReference',
  AuditEntry: '../../../../runtime/audit#AuditEntry',
};

const CONVENTIONS = 'runtime/schema/conventions.graphql';

const sharedMappersOf = (subgraph: string) => {
  const schema = `${readFileSync(`subgraphs/${subgraph}/schema.graphql`, 'utf8')}\n${readFileSync(CONVENTIONS, 'utf8')}`;
  return Object.fromEntries(
    Object.entries(sharedMappers).filter(([type]) => new RegExp(`type ${type}\\b`).test(schema)),
  );
};

/** Enums become `as const` objects, so code can list their values without copying them by hand. */
const enumConfig = { enumsAsConst: true, namingConvention: { enumValues: 'keep' } } as const;

/**
 * Where the tests' typed documents are: `graphql(`…`)` calls in test/, and the canonical operations of
 * bench/operations.ts (GraphQL-comment strings that the end-to-end tests run as they are). Plain query
 * strings in tests are not read, GraphQL comment or not, so one written to be invalid cannot fail
 * codegen. (`isGqlTemplateLiteral` is a graphql-tag-pluck option that codegen's config type omits.)
 */
const CANONICAL_OPERATIONS = '/bench/operations.ts';
type TemplateLiteralNode = { loc?: { filename?: string }; leadingComments?: { value: string }[] | null };
const testDocuments = {
  modules: [],
  globalGqlIdentifierName: ['graphql'],
  isGqlTemplateLiteral: (node: TemplateLiteralNode) =>
    !!node.loc?.filename?.endsWith(CANONICAL_OPERATIONS) &&
    node.leadingComments?.at(-1)?.value.trim().toLowerCase() === 'graphql',
};

/** The client preset, given the documents in file order: files finish loading in no fixed order. */
const clientPresetInFileOrder: typeof clientPreset = {
  ...clientPreset,
  buildGeneratesSection: (options) => {
    const location = (document: (typeof options.documents)[number]) => document.location ?? '';
    const documents = [...options.documents].sort((a, b) =>
      location(a) < location(b) ? -1 : location(a) > location(b) ? 1 : 0,
    );
    return clientPreset.buildGeneratesSection({ ...options, documents });
  },
};

const config: CodegenConfig = {
  overwrite: true,
  pluckConfig: testDocuments,
  hooks: {},
  // Keep the schema's order: enum objects list their values as the schema does (lifecycles, the
  // order of data categories), and entity enum checks derived from them match the migrations.
  config: { sort: false },
  generates: {
    'runtime/__generated__/conventions.ts': {
      schema: CONVENTIONS,
      plugins: [
        {
          add: {
            content: '/* Generated by `npm run codegen` from runtime/schema/conventions.graphql — do not edit. */',
          },
        },
        'typescript',
      ],
      // Output fields required (nullable ones as `Maybe`) as in the subgraphs' types: a runtime UserError is theirs.
      config: {
        ...enumConfig,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'Date' },
        onlyEnums: false,
        avoidOptionals: { field: true },
      },
    },
    ...Object.fromEntries(
      SUBGRAPH_NAMES.map((subgraph) => [
        `subgraphs/${subgraph}/src/__generated__/resolvers-types.ts`,
        {
          // One SDL string, not two files: with `sort: false` two files would merge in whichever order they finish loading.
          schema: `${readFileSync(`subgraphs/${subgraph}/schema.graphql`, 'utf8')}\n${readFileSync(CONVENTIONS, 'utf8')}`,
          plugins: [
            { add: { content: '/* Generated by `npm run codegen` from schema.graphql — do not edit. */' } },
            'typescript',
            'typescript-resolvers',
          ],
          config: {
            federation: true,
            useIndexSignature: true,
            ...enumConfig,
            useTypeImports: true,
            contextType: '../context#Context',
            mappers: { ...sharedMappersOf(subgraph), ...mappers[subgraph] },
            mapperTypeSuffix: 'Model',
            scalars: { Date: 'string', DateTime: 'Date' },
            avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          },
        },
      ]),
    ),
    // Typed documents of the end-to-end tests: each graphql(`…`) call in test/ is checked against the
    // API schema clients see and gets types for its result and variables (see test/support/stack.ts).
    'test/__generated__/': {
      schema: 'gateway/__generated__/api-schema.graphql',
      documents: ['test/**/*.ts', '!test/__generated__/**', 'bench/operations.ts'],
      preset: clientPresetInFileOrder,
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
  },
};

export default config;
