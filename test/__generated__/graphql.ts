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

/** UN M49 region. */
export type Region =
  | 'AFRICA'
  | 'AMERICAS'
  | 'ASIA'
  | 'EUROPE'
  | 'OCEANIA'
  | 'ANTARCTICA';

/** What an agreement may let flow from one party to another. */
export type DataCategory =
  | 'INSPECTION_FINDINGS'
  | 'GRIEVANCE_CASES'
  | 'SUPPLIER_REGISTRY'
  | 'ENFORCEMENT_ACTIONS';

export type ConventionCategory =
  | 'FUNDAMENTAL'
  | 'GOVERNANCE'
  | 'TECHNICAL';

/** On what a finding can be enforced in the facility's country. */
export type LegalBasis =
  /** The country had ratified at least one of the cited conventions, in force on the day the inspection ended. */
  | 'CONVENTION'
  /** None of the cited conventions was in force there on that day (or none is cited): only national law applies. */
  | 'NATIONAL_LAW_ONLY';

export type RatificationStatus =
  | 'IN_FORCE'
  /** Ratified, not yet in force (conventions enter into force 12 months after registration). */
  | 'NOT_IN_FORCE'
  | 'DENOUNCED';

export type RatificationSource =
  /** The NORMLEX data file shipped with the project. */
  | 'REFERENCE_DATA'
  /** Recorded through recordRatification. */
  | 'RECORDED';

export type AgreementKind =
  | 'BILATERAL'
  | 'MULTILATERAL'
  | 'TRADE_AGREEMENT_LABOUR_CHAPTER'
  | 'GLOBAL_FRAMEWORK_AGREEMENT'
  | 'MEMORANDUM_OF_UNDERSTANDING'
  | 'ENFORCEABLE_BRAND_AGREEMENT';

/**
 * Lifecycle: DRAFT → SIGNED → IN_FORCE; IN_FORCE → SUSPENDED | TERMINATED | EXPIRED;
 * SUSPENDED → IN_FORCE (suspension lifted) | TERMINATED | EXPIRED; SIGNED → TERMINATED (never entered
 * into force). TERMINATED and EXPIRED are final. Only IN_FORCE agreements let data flow.
 */
export type AgreementStatus =
  | 'DRAFT'
  | 'SIGNED'
  | 'IN_FORCE'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'EXPIRED';

export type ProvisionKind =
  | 'LABOUR_RIGHTS_COMMITMENT'
  | 'INFORMATION_SHARING'
  | 'JOINT_INSPECTION'
  | 'TECHNICAL_ASSISTANCE'
  | 'CAPACITY_BUILDING'
  | 'DISPUTE_RESOLUTION'
  | 'GRIEVANCE_MECHANISM'
  | 'INDEPENDENT_MONITORING'
  | 'REMEDIATION'
  | 'SUPPLY_CHAIN_DISCLOSURE'
  | 'WORKER_TRAINING';

/** SIGNATORY parties are bound by the agreement; the other roles take part without being bound. */
export type PartyRole =
  | 'SIGNATORY'
  | 'WITNESS'
  | 'OBSERVER'
  | 'SECRETARIAT'
  | 'IMPLEMENTING_PARTNER';

export type MechanismStepKind =
  | 'ACKNOWLEDGE'
  | 'RESPOND'
  | 'REVIEW'
  | 'REMEDIATION';

export type PeriodUnit =
  | 'CALENDAR_DAYS'
  /** Monday to Friday; public holidays are not counted out. */
  | 'BUSINESS_DAYS'
  | 'CALENDAR_MONTHS';

export type DeadlineAnchor =
  | 'FILED'
  | 'ACKNOWLEDGED'
  | 'PREVIOUS_STEP';

export type StepEscalation =
  /** The labour inspectorate of the case's country. */
  | 'REGULATOR'
  /** The secretariat of the mechanism. */
  | 'SECRETARIAT'
  /** Nobody: the missed step is recorded in the timeline. */
  | 'NONE';

export type ResponseAnchor =
  | 'FILED'
  | 'ACKNOWLEDGED';

export type RulesSource =
  | 'AGREEMENT'
  | 'STATUTORY'
  | 'GRAPH_DEFAULT';

export type AgreementFilter = {
  /** Agreements the country is a party to, in any role. */
  country?: string | null | undefined;
  /** Agreements that bind every listed country (each a SIGNATORY). */
  countries?: Array<string> | null | undefined;
  kind?: Array<AgreementKind> | null | undefined;
  status?: Array<AgreementStatus> | null | undefined;
  /** Agreements committing to this convention. */
  convention?: string | null | undefined;
  provision?: ProvisionKind | null | undefined;
  /** Agreements this organisation is a party to. */
  organization?: string | number | null | undefined;
};

/** Exactly one of `country` and `organizationId`. */
export type PartyInput = {
  country?: string | null | undefined;
  organizationId?: string | number | null | undefined;
};

export type AgreementPartyInput = {
  country?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  role?: PartyRole;
};

export type ProvisionInput = {
  kind: ProvisionKind;
  article?: string | null | undefined;
  summary?: string | null | undefined;
};

export type SharingClauseInput = {
  category: DataCategory;
  recipients: Array<PartyInput>;
  note?: string | null | undefined;
};

export type TextReferenceInput = {
  citation: string;
  url?: string | null | undefined;
};

export type ReviewStepInput = {
  name: string;
  withinDays: number;
  /** Defaults to FILED for the first step and PREVIOUS_STEP for the others. */
  after?: DeadlineAnchor | null | undefined;
};

export type PeriodInput = {
  count: number;
  unit: PeriodUnit;
};

export type MechanismStepInput = {
  /** Unique within the mechanism, e.g. ACKNOWLEDGE, RESPOND, JOINT_REVIEW. */
  name: string;
  kind: MechanismStepKind;
  within: PeriodInput;
  /** Defaults to FILED for the first step and PREVIOUS_STEP for the others. */
  after?: DeadlineAnchor | null | undefined;
  escalatesTo?: StepEscalation | null | undefined;
  citation?: string | null | undefined;
};

/**
 * The rules are given either as `steps` (exactly one ACKNOWLEDGE and one RESPOND step) or, as before
 * steps, as `acknowledgeWithinDays` and `respondWithinDays` with `respondWithinMonths`,
 * `respondAfter` and `reviewSteps`: never both ways at once.
 */
export type GrievanceMechanismInput = {
  name: string;
  /** The instrument the rules come from, e.g. the agreement's article. */
  citation?: string | null | undefined;
  /** The organisation that runs the mechanism: a party organisation of the agreement. */
  secretariatOrganizationId?: string | number | null | undefined;
  steps?: Array<MechanismStepInput> | null | undefined;
  /** The urgent track of retaliation cases; the graph's default when absent. */
  retaliationSteps?: Array<MechanismStepInput> | null | undefined;
  /** @deprecated Give steps instead. */
  acknowledgeWithinDays?: number | null | undefined;
  /** @deprecated Give steps instead. */
  respondWithinDays?: number | null | undefined;
  /** @deprecated Give steps instead. */
  respondWithinMonths?: number | null | undefined;
  /**
   * Defaults to FILED.
   * @deprecated Give steps instead.
   */
  respondAfter?: ResponseAnchor | null | undefined;
  /** @deprecated Give steps instead. */
  reviewSteps?: Array<ReviewStepInput> | null | undefined;
};

export type CreateAgreementInput = {
  title: string;
  kind: AgreementKind;
  summary?: string | null | undefined;
  /** Defaults to today. */
  draftedOn?: string | null | undefined;
  expiresOn?: string | null | undefined;
  parties: Array<AgreementPartyInput>;
  conventions?: Array<string>;
  provisions?: Array<ProvisionInput>;
  sharingClauses?: Array<SharingClauseInput>;
  textReference?: TextReferenceInput | null | undefined;
  grievanceMechanism?: GrievanceMechanismInput | null | undefined;
};

/** Only the terms given change; lists given replace the old list. */
export type AmendAgreementInput = {
  id: string | number;
  expectedVersion?: number | null | undefined;
  /** When the parties adopted the amendment; defaults to today. */
  adoptedOn?: string | null | undefined;
  /** Citation of the amending instrument. */
  reference?: string | null | undefined;
  title?: string | null | undefined;
  summary?: string | null | undefined;
  expiresOn?: string | null | undefined;
  conventions?: Array<string> | null | undefined;
  provisions?: Array<ProvisionInput> | null | undefined;
  textReference?: TextReferenceInput | null | undefined;
  grievanceMechanism?: GrievanceMechanismInput | null | undefined;
};

export type AddAgreementPartyInput = {
  agreementId: string | number;
  country?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  role?: PartyRole;
  /** Defaults to today once the agreement is signed; stays empty on a draft. */
  since?: string | null | undefined;
};

export type AddSharingClauseInput = {
  agreementId: string | number;
  category: DataCategory;
  recipients: Array<PartyInput>;
  note?: string | null | undefined;
};

export type ChangeAgreementStatusInput = {
  agreementId: string | number;
  status: AgreementStatus;
  /** Date of the change; defaults to today; never before the previous change or in the future. */
  on?: string | null | undefined;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
};

export type RecordRatificationInput = {
  country: string;
  convention: string;
  status: RatificationStatus;
  /** Registration date for a (re-)ratification; otherwise the date of the status change. */
  date: string;
  dateCertain?: boolean;
  note?: string | null | undefined;
};

/** The one set of codes every subgraph's `userErrors` use. */
export type UserErrorCode =
  /** Well-formed input that does not apply to the target. */
  | 'BAD_USER_INPUT'
  /** No such target that you may see. */
  | 'NOT_FOUND'
  /** Wrong state, a stale version or a duplicate. */
  | 'CONFLICT';

export type AuditTrailFilter = {
  from?: string | null | undefined;
  to?: string | null | undefined;
  operation?: string | null | undefined;
  subject?: string | null | undefined;
};

export type Role =
  | 'PUBLIC'
  | 'BRAND'
  | 'SUPPLIER'
  | 'UNION'
  | 'REGULATOR'
  | 'AUDITOR'
  | 'CIVIL_SOCIETY'
  | 'ADMIN';

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

export type FilerKind =
  | 'WORKER'
  | 'UNION'
  | 'CIVIL_SOCIETY'
  | 'BRAND'
  | 'REGULATOR'
  | 'ANONYMOUS';

export type SubmissionChannel =
  | 'WEB'
  | 'PHONE'
  | 'SMS'
  | 'WHATSAPP'
  | 'IN_PERSON'
  | 'EMAIL'
  | 'HOTLINE'
  | 'UNION_REPRESENTATIVE';

export type HandlerKind =
  /** The secretariat of the agreement's grievance mechanism. */
  | 'MECHANISM'
  /** The supplier that owns the facility. */
  | 'FACILITY_OWNER'
  /** The labour inspectorate of the facility's country. */
  | 'REGULATOR';

export type EscalationTarget =
  | 'REGULATOR'
  | 'MECHANISM';

/** Which way a message of a case's dialogue goes. */
export type MessageDirection =
  /** A question to the complainant. */
  | 'TO_COMPLAINANT'
  /** The complainant's answer. */
  | 'FROM_COMPLAINANT';

/** Common questions to a worker, written in every language of the complainant's messages. */
export type QuestionTemplate =
  /** When it happened: the dates, as near as the worker remembers them. */
  | 'DATES'
  /** Whether the worker still works at the facility. */
  | 'STILL_EMPLOYED'
  /** Whether others saw or heard what happened (without naming them). */
  | 'WITNESSES'
  /** A safe way or time to contact the worker. */
  | 'SAFE_CONTACT'
  /** Whether the worker has been threatened, punished or treated worse since filing. */
  | 'RETALIATION_SINCE_FILING';

export type DeadlineKind =
  | 'ACKNOWLEDGE'
  | 'RESPOND'
  | 'REVIEW_STEP';

export type GrievanceEventKind =
  | 'FILED'
  | 'ROUTED'
  | 'NOTIFIED'
  | 'ACKNOWLEDGED'
  | 'STATUS_CHANGED'
  | 'ESCALATED'
  | 'WITHDRAWN'
  | 'REMEDIATION_RECORDED'
  | 'FACILITY_LINKED'
  /** The facility registry could not answer at filing: the facility id was not checked (see Grievance.facilityVerified). */
  | 'FACILITY_UNVERIFIED'
  /** A move to a facility in another country was requested (linkGrievanceToFacility). */
  | 'TRANSFER_REQUESTED'
  /** The receiving country's regulator accepted the transfer: the case is now in its jurisdiction. */
  | 'TRANSFER_ACCEPTED'
  | 'TRANSFER_DECLINED'
  | 'TRANSFER_WITHDRAWN'
  /** The handler wrote or rewrote its summary of the case. */
  | 'SUMMARY_WRITTEN'
  /** A question was asked of the complainant (askComplainant); its text is in Grievance.dialogue. */
  | 'QUESTION_ASKED'
  /** The complainant answered a question; the answer is in Grievance.dialogue. */
  | 'ANSWER_RECEIVED'
  /** A handler corrected the rules the case runs on; the note gives the reason. */
  | 'MECHANISM_CORRECTED'
  /** A step passed its deadline unmet; the note says which, and the escalation that followed. */
  | 'DEADLINE_MISSED'
  /** A retaliation case was filed against this case (see Grievance.retaliationCases). */
  | 'RETALIATION_REPORTED';

export type GrievanceFilter = {
  overdue?: boolean | null | undefined;
  /** True: retaliation cases only; false: none of them. */
  retaliation?: boolean | null | undefined;
  status?: Array<GrievanceStatus> | null | undefined;
  /** Facility ids. */
  facility?: Array<string | number> | null | undefined;
  area?: Array<ComplianceArea> | null | undefined;
  filedBy?: Array<FilerKind> | null | undefined;
  /** Facility countries (ISO 3166-1 alpha-2). */
  country?: Array<string> | null | undefined;
};

/** Filters of Facility.grievances: like GrievanceFilter, the facility being given. */
export type FacilityGrievanceFilter = {
  overdue?: boolean | null | undefined;
  /** True: retaliation cases only; false: none of them. */
  retaliation?: boolean | null | undefined;
  status?: Array<GrievanceStatus> | null | undefined;
  area?: Array<ComplianceArea> | null | undefined;
  filedBy?: Array<FilerKind> | null | undefined;
};

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
  /**
   * The facility's owner, when known; it handles the case if no mechanism does. It never reads the
   * complainant's words, contact or identity, nor the tracking code.
   */
  facilityOwnerId?: string | number | null | undefined;
  /** Brands sourcing from the facility, to be notified. */
  brandIds?: Array<string | number> | null | undefined;
  /**
   * The recruitment agency that recruited the complainant, when known (an organisation of kind
   * RECRUITMENT_AGENCY in the registry): recruitment fees and retained passports often begin there.
   */
  recruitmentAgencyId?: string | number | null | undefined;
  /**
   * Makes this a retaliation case: the complainant suffers retaliation for the case named here. It
   * is about the same facility, runs on the urgent track of that case's mechanism (by default 24
   * hours to acknowledge, 72 to act), goes to that case's handler and to the jurisdiction's
   * regulator, and the named case's timeline records it.
   */
  retaliationAgainst?: RetaliationTargetInput | null | undefined;
};

/**
 * The case retaliated against: by id (an organisation that sees it), or by tracking code and secret
 * (a worker without an account; checked like grievanceStatus, wrong secrets counted alike).
 */
export type RetaliationTargetInput = {
  grievanceId?: string | number | null | undefined;
  trackingCode?: string | null | undefined;
  secret?: string | null | undefined;
};

export type MoneyInput = {
  amount: string;
  currency: string;
};

export type RemediationInput = {
  actionsAgreed: Array<string>;
  backPay?: MoneyInput | null | undefined;
  compensation?: MoneyInput | null | undefined;
  workersReinstated?: number | null | undefined;
  /** The caller's organisation verified that the remedy was carried out. */
  verified?: boolean | null | undefined;
};

export type GrievanceStatsDimension =
  /** The facility's country; rows for every country of the filter, or of the country list. */
  | 'COUNTRY'
  /** A case with two areas counts in both areas' rows. */
  | 'AREA'
  | 'STATUS'
  | 'FILED_BY'
  /** Month of filing; rows for every month of the period, by default the 24 months up to the current one. */
  | 'MONTH'
  /** Retaliation cases apart from the others: a row for each. */
  | 'RETALIATION';

export type GrievanceStatsFilter = {
  /** Facility countries (ISO 3166-1 alpha-2). */
  country?: Array<string> | null | undefined;
  /** Cases with any of these areas. */
  area?: Array<ComplianceArea> | null | undefined;
  status?: Array<GrievanceStatus> | null | undefined;
  filedBy?: Array<FilerKind> | null | undefined;
  /** True: retaliation cases only; false: none of them. */
  retaliation?: boolean | null | undefined;
  /** Filed on or after; the first day of a month (counts cover whole months). */
  from?: string | null | undefined;
  /** Filed on or before; the last day of a month. */
  to?: string | null | undefined;
};

export type InspectionKind =
  | 'LABOUR_INSPECTORATE'
  | 'SOCIAL_AUDIT'
  /**
   * Inspectorates of several countries together: led by the inspectorate of the facility's country,
   * with partner inspectorates of other countries, under an agreement IN_FORCE that provides for
   * joint inspections and binds them all. Final once every partner has cosigned it.
   */
  | 'JOINT_INSPECTION'
  | 'FOLLOW_UP';

export type InspectionStatus =
  | 'SCHEDULED'
  | 'IN_PROGRESS'
  /**
   * A joint inspection filed by the host country's inspectorate, waiting for every partner
   * inspectorate to sign it (cosignInspection). Until then it is not final: it counts in no
   * compliance score or statistics, cannot be published, and takes no corrective actions.
   */
  | 'AWAITING_COSIGNATURE'
  | 'SUBMITTED'
  | 'PUBLISHED'
  | 'DISPUTED';

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

export type CorrectiveActionStatus =
  | 'PLANNED'
  | 'IN_PROGRESS'
  | 'COMPLETED'
  | 'VERIFIED'
  | 'REJECTED';

/**
 * How sure the registry is of a value. VERIFIED: confirmed by the registry's stewards or by an
 * inspection on site. REPORTED: stated by a contributor and not confirmed: a brand's or a supplier's
 * list, a facility's owner, the demo data. INFERRED: derived by the graph: a match the matcher found,
 * a value a merge combined, the status a new registration starts with.
 */
export type Confidence =
  | 'VERIFIED'
  | 'REPORTED'
  | 'INFERRED';

/** Why a finding has its confidence. */
export type FindingConfidenceBasis =
  /** Recorded on site by the labour inspectorate of the facility's country (VERIFIED). */
  | 'LABOUR_INSPECTORATE_ON_SITE'
  /** Recorded on site by a joint inspection every partner inspectorate has cosigned (VERIFIED). */
  | 'JOINT_INSPECTION_COSIGNED'
  /** A joint inspection still awaiting a partner's signature (REPORTED until it is final). */
  | 'JOINT_INSPECTION_AWAITING_COSIGNATURE'
  /** Recorded by a social audit firm, on behalf of whoever commissioned it (REPORTED). */
  | 'SOCIAL_AUDIT'
  /** A follow-up visit: the graph does not record whether an inspectorate or an audit firm made it (REPORTED). */
  | 'FOLLOW_UP'
  /** The facility's owner disputes the finding (REPORTED while the dispute stands, whoever conducted). */
  | 'DISPUTED';

export type ComplianceGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E';

export type ComplianceDimension =
  | 'COUNTRY'
  | 'AREA'
  | 'SECTOR'
  | 'MONTH'
  | 'SEVERITY'
  /** The findings' cross-scheme topic; a row with topic null counts findings filed under no scheme code. */
  | 'TOPIC';

export type ComplianceStatsFilter = {
  countries?: Array<string> | null | undefined;
  areas?: Array<ComplianceArea> | null | undefined;
  /** Only findings of these cross-scheme topics (findings filed under no scheme code have none). */
  topics?: Array<FindingTopic> | null | undefined;
  sectors?: Array<string> | null | undefined;
  /** Inspections that ended on or after this day. */
  from?: string | null | undefined;
  /** Inspections that ended on or before this day. */
  to?: string | null | undefined;
};

export type SubmitInspectionInput = {
  facilityId: string | number;
  /** The facility's sector in the registry, copied for sector statistics. */
  facilitySector?: string | null | undefined;
  /**
   * Ignored: the facility's owner is the one the registry records (a merged facility's survivor's),
   * so findings always go to the organisation the registry knows.
   * @deprecated The owner is taken from the facility registry.
   */
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
  /**
   * Codes of the ILO conventions the finding rests on, each one listed for the finding's area (see
   * Convention.areas and Query.conventions). A ZERO_TOLERANCE finding cites at least one. When none
   * are given and a schemeCode is, the scheme code's conventions are cited.
   */
  conventions?: Array<string> | null | undefined;
  /** The audit scheme's code the finding is filed under; it must be a code of the finding's area. */
  schemeCode?: SchemeCodeInput | null | undefined;
  compliancePoint: string;
  severity: Severity;
  description: string;
  evidence?: string | null | undefined;
  workersAffected?: number | null | undefined;
  /** The recruitment agency (an organisation of kind RECRUITMENT_AGENCY in the registry) the finding concerns, e.g. fees charged to workers. */
  recruitmentAgencyId?: string | number | null | undefined;
};

export type AddCorrectiveActionInput = {
  findingId: string | number;
  action: string;
  rootCause: string;
  owner: string;
  dueOn: string;
};

export type UpdateCorrectiveActionInput = {
  id: string | number;
  expectedVersion?: number | null | undefined;
  action?: string | null | undefined;
  rootCause?: string | null | undefined;
  owner?: string | null | undefined;
  dueOn?: string | null | undefined;
  /** PLANNED, IN_PROGRESS or COMPLETED; verifying is the verifier's. */
  status?: CorrectiveActionStatus | null | undefined;
};

export type VerificationDecision =
  | 'VERIFIED'
  | 'REJECTED';

export type VerifyCorrectiveActionInput = {
  id: string | number;
  decision: VerificationDecision;
  note?: string | null | undefined;
};

export type ChangeDisclosureInput = {
  inspectionId: string | number;
  disclosure: Disclosure;
  /** Replaces the buyers the report is shared with, when given. */
  sharedWithBuyerIds?: Array<string | number> | null | undefined;
};

export type DisputeFindingInput = {
  findingId: string | number;
  reason: string;
};

/** The audit schemes whose codes findings may be filed under. */
export type AuditScheme =
  /** Better Work (ILO/IFC) compliance points, by cluster. */
  | 'BETTER_WORK'
  /** The ETI Base Code clauses a SMETA audit reports against. */
  | 'SMETA'
  /** The performance areas of the amfori BSCI Code of Conduct (2021). */
  | 'AMFORI_BSCI';

/** What a finding is about, in words every audit scheme shares: codes of different schemes with the same topic mean the same thing. */
export type FindingTopic =
  | 'FORCED_LABOUR'
  | 'CHILD_LABOUR'
  | 'YOUNG_WORKERS'
  | 'FREEDOM_OF_ASSOCIATION'
  | 'DISCRIMINATION'
  /** Harsh or inhumane treatment, harassment, discipline. */
  | 'HARSH_TREATMENT'
  | 'OCCUPATIONAL_SAFETY_AND_HEALTH'
  /** Minimum and living wages, overtime pay, payment and deductions. */
  | 'WAGES'
  /** Paid leave, social security and other benefits. */
  | 'BENEFITS'
  /** Working hours, overtime and rest. */
  | 'WORKING_HOURS'
  /** Regular employment: contracts, agencies, termination. */
  | 'EMPLOYMENT_RELATIONSHIP'
  | 'SUBCONTRACTING_AND_HOMEWORK'
  /** Entitlement to work, migrant workers. */
  | 'MIGRANT_WORKERS';

export type SchemeCodeInput = {
  scheme: AuditScheme;
  /** The code as the scheme writes it, e.g. OSH.2, 8A or PA7 (see Query.auditSchemeCodes). */
  code: string;
};

export type ReportAccessRequestStatus =
  | 'PENDING'
  | 'GRANTED'
  | 'DECLINED'
  | 'WITHDRAWN';

export type ReportAccessDecision =
  | 'GRANTED'
  | 'DECLINED';

export type ReportAccessRequestFilter = {
  status?: Array<ReportAccessRequestStatus> | null | undefined;
  facility?: string | number | null | undefined;
};

export type GrantReportAccessInput = {
  inspectionId: string | number;
  /** The brand organisation let read the report. */
  buyerId: string | number;
};

export type RevokeReportAccessInput = {
  inspectionId: string | number;
  buyerId: string | number;
};

export type RequestReportAccessInput = {
  facilityId: string | number;
  /** One report of the facility the brand may already read (so that it keeps reading it); omit to ask for all. */
  inspectionId?: string | number | null | undefined;
  message?: string | null | undefined;
};

export type DecideReportAccessRequestInput = {
  requestId: string | number;
  decision: ReportAccessDecision;
  note?: string | null | undefined;
};

/** What a labour inspectorate decided against a facility, from the mildest to the most severe. */
export type EnforcementActionKind =
  | 'WARNING'
  | 'IMPROVEMENT_NOTICE'
  | 'FINE'
  | 'STOP_WORK_ORDER'
  | 'CLOSURE'
  | 'LICENCE_WITHDRAWAL';

/** Where the facility's appeal against an enforcement action stands. */
export type EnforcementAppealStatus =
  | 'NONE'
  | 'LODGED'
  | 'UPHELD'
  | 'OVERTURNED'
  | 'WITHDRAWN';

export type RecordEnforcementActionInput = {
  facilityId: string | number;
  kind: EnforcementActionKind;
  /** Findings of the inspectorate's country's inspections of this facility (at least one). */
  findingIds: Array<string | number>;
  decidedOn: string;
  effectiveFrom?: string | null | undefined;
  /** Not before effectiveFrom. */
  effectiveUntil?: string | null | undefined;
  /** Required for a FINE (a positive decimal, at most two decimals, e.g. "1500.50"), refused otherwise. */
  amount?: string | null | undefined;
  /** ISO 4217 code, required with an amount. */
  currency?: string | null | undefined;
  legalBasis?: string | null | undefined;
  summary: string;
  /** Whether everyone may read it (default false). */
  published?: boolean | null | undefined;
};

export type ChangeEnforcementActionAppealInput = {
  id: string | number;
  appealStatus: EnforcementAppealStatus;
  note?: string | null | undefined;
};

export type EnforcementActionFilter = {
  countries?: Array<string> | null | undefined;
  facility?: string | number | null | undefined;
  kinds?: Array<EnforcementActionKind> | null | undefined;
  /** Decided on or after this day. */
  from?: string | null | undefined;
  /** Decided on or before this day. */
  to?: string | null | undefined;
};

/** Every kind of event the graph tells (docs/events.md describes each payload). */
export type GraphEventType =
  | 'ZERO_TOLERANCE_FINDING'
  | 'INSPECTION_PUBLISHED'
  | 'CORRECTIVE_ACTION_OVERDUE'
  | 'GRIEVANCE_FILED'
  | 'GRIEVANCE_STATUS_CHANGED'
  | 'GRIEVANCE_OVERDUE'
  | 'GRIEVANCE_ESCALATED'
  | 'RETALIATION_REPORTED'
  | 'FACILITY_MERGED'
  | 'FACILITY_MOVED'
  | 'AGREEMENT_STATUS_CHANGED'
  | 'SHARING_CHANGED'
  | 'REPORT_ACCESS_CHANGED'
  | 'ENFORCEMENT_ACTION_RECORDED';

export type WebhookSubscriptionStatus =
  /** Deliveries are sent. */
  | 'ACTIVE'
  /** Deliveries are recorded and held until the subscription resumes. */
  | 'PAUSED';

export type WebhookDeliveryStatus =
  /** Waiting for its next attempt (or for an earlier event about the same record to be delivered). */
  | 'PENDING'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed: the dead-letter list. */
  | 'DEAD'
  /** Not sent: at the moment of delivery the subscriber could not read what the event is about. */
  | 'WITHHELD';

export type WebhookFilterInput = {
  countries?: Array<string> | null | undefined;
  facilities?: Array<string | number> | null | undefined;
  areas?: Array<ComplianceArea> | null | undefined;
};

export type CreateWebhookSubscriptionInput = {
  /** Where deliveries are POSTed: http(s), no credentials in it; in production a public address only. */
  url: string;
  /** The event types to receive: at least one. */
  events: Array<GraphEventType>;
  filter?: WebhookFilterInput | null | undefined;
  /** What the receiver is, for whoever manages the subscription later. */
  description?: string | null | undefined;
};

export type OrganizationKind =
  | 'BRAND'
  | 'SUPPLIER'
  | 'UNION'
  | 'REGULATOR'
  | 'AUDIT_FIRM'
  | 'CIVIL_SOCIETY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'EMPLOYER_ASSOCIATION'
  /** Places workers with employers, often across borders: where recruitment fees and retained passports begin. */
  | 'RECRUITMENT_AGENCY';

export type RegisterRecruitmentAgencyInput = {
  name: string;
  /** ISO 3166-1 alpha-2 of the agency's head office. */
  country: string;
  /** ISO 3166-1 alpha-2 of the country that issued the licence. */
  licenceCountry: string;
  licenceNumber: string;
  validUntil?: string | null | undefined;
  website?: string | null | undefined;
};

export type RecruitmentCorridorInput = {
  fromCountry: string;
  toCountry: string;
};

export type LinkRecruitmentAgencyInput = {
  facilityId: string | number;
  agencyId: string | number;
  corridor?: RecruitmentCorridorInput | null | undefined;
  since: string;
};

export type FacilityStatus =
  | 'ACTIVE'
  | 'CLOSED'
  /** Moved: `movedTo` is the facility's new id. */
  | 'MOVED';

/** A field of a facility that the registry keeps, as named in provenance and contributions. */
export type FacilityField =
  | 'NAME'
  | 'ADDRESS'
  | 'COUNTRY'
  | 'LOCATION'
  | 'SECTORS'
  | 'PRODUCT_TYPES'
  | 'WORKER_COUNT'
  | 'FEMALE_WORKER_SHARE'
  | 'MIGRANT_WORKER_SHARE'
  | 'OWNER'
  /** The status, and the successor a MOVED facility names. */
  | 'STATUS';

export type ProvenanceKind =
  /** A row of a brand's or a supplier's facility list (REPORTED; the status a new facility starts with, INFERRED). */
  | 'LIST_IMPORT'
  /** Recorded by the registry's stewards, e.g. a move (VERIFIED). */
  | 'REGISTRY_STEWARD'
  /** Combined by a merge from both facilities' values (INFERRED). A value a merge took over unchanged keeps its own source, with `mergedFrom`. */
  | 'MERGE'
  /** The demo data set (REPORTED). */
  | 'SEED';

export type ContributionMatch =
  /** The row registered the facility. */
  | 'CREATED'
  /** The matcher matched the row to the facility (INFERRED). */
  | 'MATCHED'
  /** The uploader confirmed the facility as the row's match (REPORTED). */
  | 'CONFIRMED'
  /** The uploader rejected every candidate and the row registered the facility. */
  | 'CREATED_ON_REJECTION';

export type FacilityFilter = {
  country?: Array<string> | null | undefined;
  /** Any of these sectors (compared without case or accents). */
  sector?: Array<string> | null | undefined;
  status?: Array<FacilityStatus> | null | undefined;
  /**
   * Words that must all occur in the name or address, compared without case, accents or
   * punctuation. PostgreSQL finds them anywhere (also inside words); the embedded SQLite store
   * finds words that begin with them.
   */
  search?: string | null | undefined;
  /** Organisation id of a brand: only facilities in its disclosed supply chain. */
  buyer?: string | number | null | undefined;
};

export type SupplyChainLinkStatus =
  /** Proposed by one side, waiting for the other: seen only by the two sides and admins. */
  | 'PROPOSED'
  /** Confirmed by both sides (or recorded from a facility list): a current supplier. */
  | 'ACTIVE'
  /** The proposal was refused or withdrawn. */
  | 'DECLINED'
  /** The brand no longer sources from the facility. */
  | 'ENDED';

export type SupplyChainSide =
  /** The brand buying. */
  | 'BRAND'
  /** The supplier owning the facility. */
  | 'SUPPLIER'
  /** An administrator, as the registry's steward. */
  | 'REGISTRY';

export type ProposeSupplyChainLinkInput = {
  /** The brand buying: a supplier must name it; a brand proposes for its own organisation. */
  brandId?: string | number | null | undefined;
  facilityId: string | number;
  /** 1 = direct supplier; 2 and beyond need `suppliesFacilityId`. */
  tier: number;
  /** For tier n ≥ 2: the tier-(n-1) facility of the brand's active supply chain that this facility supplies. */
  suppliesFacilityId?: string | number | null | undefined;
  /** Since when (YYYY-MM-DD); default today. */
  since?: string | null | undefined;
  products?: Array<string> | null | undefined;
  /** Whether everyone may see the link once it is ACTIVE. */
  publiclyDisclosed?: boolean | null | undefined;
};

export type EndSupplyChainLinkInput = {
  id: string | number;
  /** The last day of the relationship; default today. */
  endedOn?: string | null | undefined;
  reason?: string | null | undefined;
};

export type ChangeSupplyChainTierInput = {
  id: string | number;
  tier: number;
  /** Required for tier 2 and beyond; must be left out for tier 1. */
  suppliesFacilityId?: string | number | null | undefined;
};

export type SupplyChainFilter = {
  /** Current links only (ACTIVE) when left out; name PROPOSED, DECLINED or ENDED to see those. */
  status?: Array<SupplyChainLinkStatus> | null | undefined;
  tier?: number | null | undefined;
  country?: Array<string> | null | undefined;
  /** Facilities in any of these sectors. */
  sector?: Array<string> | null | undefined;
};

export type ImportFacilityListInput = {
  /** The organisation whose list this is: a BRAND or a SUPPLIER. */
  organizationId: string | number;
  fileName: string;
  /** The list as CSV text with a header row in Open Supply Hub's layout: country, name, address, sector, product_type, number_of_workers, … */
  csv: string;
  /** A brand's list: whether the supply-chain links it creates are publicly disclosed. */
  publiclyDisclosed?: boolean | null | undefined;
};

export type FacilityListImportStatus =
  | 'RUNNING'
  | 'COMPLETED'
  /** Stopped by an error; importing the same file again resumes after the last committed row. */
  | 'FAILED';

export type ImportRowOutcome =
  /** Not in the registry: a facility was created. */
  | 'NEW'
  /** Found in the registry (exactly, or by a confident unambiguous fuzzy match). */
  | 'MATCHED'
  /** Similar facilities exist: the uploader confirms one of the candidates or rejects them all. */
  | 'POTENTIAL_MATCH'
  /** The row could not be imported; `reason` says why. The rest of the file still imports. */
  | 'ERROR';

export type MatchResolution =
  | 'CONFIRMED'
  | 'REJECTED';

export type BrandSupplierComplianceQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BrandSupplierComplianceQuery = { viewer: { organization: { name: string | null, supplyChain: { totalCount: number, edges: Array<{ node: { tier: number, facility: { id: string, name: string | null, country: { code: string, name: string | null } | null, compliance: { score: number | null, grade: ComplianceGrade | null, openFindings: number } | null, latestInspection: { endedOn: string, findings: Array<{ area: ComplianceArea, severity: Severity, status: FindingStatus }> } | null, grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null } | null } } }> } | null } | null } | null };

export type UnionGrievancesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnionGrievancesQuery = { grievances: { totalCount: number, edges: Array<{ node: { trackingCode: string | null, status: GrievanceStatus, areas: Array<ComplianceArea>, overdue: boolean, deadlines: { acknowledgeBy: string, respondBy: string }, facility: { name: string | null, country: { name: string | null } | null } | null, agreement: { title: string | null } | null, timeline: Array<{ at: string, status: GrievanceStatus, note: string | null }> } }> } | null };

export type RegulatorDashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RegulatorDashboardQuery = { complianceStats: Array<{ area: ComplianceArea | null, facilitiesAssessed: number, nonCompliantFacilities: number, nonComplianceRate: number, country: { code: string, name: string | null } | null }> | null };

export type FileGrievanceMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type FileGrievanceMutation = { submitGrievance: { trackingCode: string | null, secret: string | null, grievance: { status: GrievanceStatus } | null } | null };

export type MyGrievanceQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type MyGrievanceQuery = { grievanceStatus: { status: GrievanceStatus, message: string, nextDeadline: string | null, timeline: Array<{ at: string, status: GrievanceStatus, message: string }> } | null };

export type FacilityAcrossSubgraphsQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityAcrossSubgraphsQuery = { facility: { id: string, name: string | null, country: { code: string, name: string | null, ratifications: Array<{ status: RatificationStatus, convention: { code: string } }> | null } | null, latestInspection: { endedOn: string, findings: Array<{ area: ComplianceArea, severity: Severity, status: FindingStatus }> } | null, grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null } | null } | null };

export type AgreementCooperationQueryVariables = Exact<{
  a: string;
  b: string;
  aCode: string | number;
  bCode: string | number;
}>;


export type AgreementCooperationQuery = { agreements: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, status: AgreementStatus | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null }> }> | null } }> } | null, country: { name: string | null, categoriesReceivedFrom: Array<DataCategory> | null, receivesFrom: Array<{ code: string }> | null } | null };

export type AgreementCooperationCountQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
}>;


export type AgreementCooperationCountQuery = { agreements: { totalCount: number } | null };

export type AgreementCooperationTitlesQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
}>;


export type AgreementCooperationTitlesQuery = { agreements: { edges: Array<{ node: { title: string | null } }> } | null };

export type AgreementCooperationAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementCooperationAgreementQuery = { agreement: { title: string | null } | null };

export type AgreementCooperationSharingQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementCooperationSharingQuery = { bd: { sharingPartners: Array<{ category: DataCategory, receivesFrom: Array<{ code: string }>, sharesWith: Array<{ code: string }> }> | null } | null, partners: Array<{ code: string }> | null, grants: Array<{ category: DataCategory, from: { code: string }, to: { code: string }, agreement: { id: string } }> | null };

export type AgreementCooperationUnknownPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementCooperationUnknownPartnersQuery = { sharingPartners: Array<{ code: string }> | null };

export type AgreementCooperationFundamentalQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementCooperationFundamentalQuery = { conventions: { totalCount: number, edges: Array<{ node: { code: string, title: string | null, category: ConventionCategory | null, areas: Array<ComplianceArea> | null, supplements: { code: string } | null } }> } | null };

export type AgreementCooperationCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementCooperationCountriesQuery = { us: { code: string, name: string | null, region: Region | null, hasRatified: boolean | null, ratifications: Array<{ status: RatificationStatus, dateCertain: boolean, convention: { code: string } }> | null } | null, europe: { totalCount: number, edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean } } | null, nowhere: { name: string | null } | null, c087: { ratifications: Array<{ country: { code: string } }> | null } | null };

export type AgreementDemoRapidResponseQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementDemoRapidResponseQuery = { agreements: { edges: Array<{ node: { kind: AgreementKind | null, status: AgreementStatus | null, inForceFrom: string | null, grievanceMechanism: { name: string, citation: string | null, acknowledgeWithinDays: number, respondWithinDays: number, secretariat: { id: string } | null, steps: Array<{ name: string, kind: MechanismStepKind, after: DeadlineAnchor, escalatesTo: StepEscalation, citation: string | null, within: { count: number, unit: PeriodUnit } }>, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } }> } | null, rules: { applies: boolean, rules: { mechanism: string, secretariat: { id: string } | null, steps: Array<{ name: string }> } | null } | null, suspended: { applies: boolean, reason: string | null } | null };

export type AgreementDemoExchangesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementDemoExchangesQuery = { nl: { fromBangladesh: Array<DataCategory> | null } | null, bd: { fromNetherlands: Array<DataCategory> | null } | null, fr: { fromCambodia: Array<DataCategory> | null } | null, de: { fromTurkiye: Array<DataCategory> | null } | null, accord: { edges: Array<{ node: { grievanceMechanism: { acknowledgeWithinDays: number, respondWithinDays: number } | null } }> } | null, gfa: { totalCount: number } | null };

export type AgreementDemoCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementDemoCountQuery = { agreements: { totalCount: number } | null };

export type AgreementGrievanceRulesOfQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementGrievanceRulesOfQuery = { grievanceRulesOf: { applies: boolean, reason: string | null, agreement: { id: string, status: AgreementStatus | null }, rules: { mechanism: string, source: RulesSource, citation: string, agreement: { id: string } | null, country: { code: string } | null, secretariat: { id: string } | null, steps: Array<{ name: string, kind: MechanismStepKind, after: DeadlineAnchor, escalatesTo: StepEscalation, citation: string | null, within: { count: number, unit: PeriodUnit } }>, retaliationSteps: Array<{ name: string }> } | null } | null };

export type AgreementStatutoryGrievanceRulesQueryVariables = Exact<{
  countries?: Array<string> | string | null | undefined;
}>;


export type AgreementStatutoryGrievanceRulesQuery = { statutoryGrievanceRules: Array<{ mechanism: string, source: RulesSource, citation: string, agreement: { id: string } | null, country: { code: string } | null, secretariat: { id: string } | null, steps: Array<{ name: string, kind: MechanismStepKind, after: DeadlineAnchor, within: { count: number, unit: PeriodUnit } }> }> | null };

export type AgreementListingAgreementsQueryVariables = Exact<{
  first: number;
}>;


export type AgreementListingAgreementsQuery = { list: { edges: Array<{ node: { id: string, title: string | null, status: AgreementStatus | null, signedOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string, name: string | null, hasRatified: boolean | null } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string, title: string | null, areas: Array<ComplianceArea> | null }> | null, provisions: Array<{ kind: ProvisionKind }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ role: PartyRole, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string }> | null, amendments: Array<{ adoptedOn: string }> | null, grievanceMechanism: { name: string, reviewSteps: Array<{ name: string }> } | null } }> } | null };

export type AgreementListingCountriesQueryVariables = Exact<{
  first: number;
  codes?: Array<string> | string | null | undefined;
}>;


export type AgreementListingCountriesQuery = { list: { edges: Array<{ node: { code: string, agreements: Array<{ title: string | null, parties: Array<{ role: PartyRole }> | null }> | null, ratifications: Array<{ status: RatificationStatus }> | null, receivesFrom: Array<{ code: string }> | null } }> } | null };

export type AgreementMechanismOfQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementMechanismOfQuery = { agreement: { version: number | null, grievanceMechanism: { name: string, citation: string | null, acknowledgeWithinDays: number, respondWithinDays: number, respondWithinMonths: number | null, respondAfter: ResponseAnchor, secretariat: { id: string } | null, steps: Array<{ name: string, kind: MechanismStepKind, after: DeadlineAnchor, escalatesTo: StepEscalation, citation: string | null, within: { count: number, unit: PeriodUnit } }>, retaliationSteps: Array<{ name: string, kind: MechanismStepKind, after: DeadlineAnchor, escalatesTo: StepEscalation, citation: string | null, within: { count: number, unit: PeriodUnit } }>, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null };

export type AgreementTestStepFragment = { name: string, kind: MechanismStepKind, after: DeadlineAnchor, escalatesTo: StepEscalation, citation: string | null, within: { count: number, unit: PeriodUnit } };

export type AgreementTestFieldsFragment = { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null };

export type AgreementTestPayloadFragment = { agreement: { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

export type AgreementTestCreateMutationVariables = Exact<{
  input: CreateAgreementInput;
  key: string;
}>;


export type AgreementTestCreateMutation = { createAgreement: { agreement: { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type AgreementTestAmendMutationVariables = Exact<{
  input: AmendAgreementInput;
  key: string;
}>;


export type AgreementTestAmendMutation = { amendAgreement: { agreement: { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type AgreementTestAddPartyMutationVariables = Exact<{
  input: AddAgreementPartyInput;
  key: string;
}>;


export type AgreementTestAddPartyMutation = { addAgreementParty: { agreement: { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type AgreementTestAddSharingClauseMutationVariables = Exact<{
  input: AddSharingClauseInput;
  key: string;
}>;


export type AgreementTestAddSharingClauseMutation = { addSharingClause: { agreement: { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type AgreementTestChangeStatusMutationVariables = Exact<{
  input: ChangeAgreementStatusInput;
  key: string;
}>;


export type AgreementTestChangeStatusMutation = { changeAgreementStatus: { agreement: { id: string, title: string | null, kind: AgreementKind | null, status: AgreementStatus | null, statusSince: string | null, version: number | null, draftedOn: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, expiresOn: string | null, allowedTransitions: Array<AgreementStatus> | null, parties: Array<{ role: PartyRole, since: string | null, country: { code: string } | null, organization: { id: string } | null }> | null, conventions: Array<{ code: string }> | null, provisions: Array<{ kind: ProvisionKind, article: string | null }> | null, sharingClauses: Array<{ category: DataCategory, recipients: Array<{ country: { code: string } | null, organization: { id: string } | null }> }> | null, statusHistory: Array<{ status: AgreementStatus, on: string, note: string | null }> | null, grievanceMechanism: { name: string, acknowledgeWithinDays: number, respondWithinDays: number, respondAfter: ResponseAnchor, reviewSteps: Array<{ name: string, withinDays: number, after: DeadlineAnchor }> } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type AgreementTestRecordRatificationMutationVariables = Exact<{
  input: RecordRatificationInput;
  key: string;
}>;


export type AgreementTestRecordRatificationMutation = { recordRatification: { ratification: { status: RatificationStatus, date: string, statusSince: string, dateCertain: boolean, source: RatificationSource, country: { code: string }, convention: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type AgreementTermsGrievancePartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementTermsGrievancePartnersQuery = { sharingPartners: Array<{ code: string }> | null };

export type AgreementTermsRatificationsQueryVariables = Exact<{
  country: string | number;
}>;


export type AgreementTermsRatificationsQuery = { country: { hasRatified: boolean | null, ratifications: Array<{ status: RatificationStatus, date: string, statusSince: string, source: RatificationSource, convention: { code: string } }> | null } | null };

export type AuditCrossBorderInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditCrossBorderInspectionQuery = { inspection: { id: string, findings: Array<{ id: string, severity: Severity, correctiveActions: Array<{ id: string, status: CorrectiveActionStatus }> }> } | null };

export type AuditCrossBorderInspectionsQueryVariables = Exact<{
  first: number;
}>;


export type AuditCrossBorderInspectionsQuery = { inspections: { edges: Array<{ node: { id: string, findings: Array<{ severity: Severity }> } }> } | null };

export type AuditCrossBorderCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCrossBorderCasesQuery = { grievances: { edges: Array<{ node: { id: string, status: GrievanceStatus, areas: Array<ComplianceArea> } }> } | null };

export type AuditCrossBorderSupplyChainQueryVariables = Exact<{
  brand: string | number;
}>;


export type AuditCrossBorderSupplyChainQuery = { organization: { supplyChain: { edges: Array<{ node: { id: string, publiclyDisclosed: boolean, facility: { id: string } } }> } | null } | null };

export type AuditCrossBorderBoughtFromQueryVariables = Exact<{
  brand: string | number;
}>;


export type AuditCrossBorderBoughtFromQuery = { facilities: { edges: Array<{ node: { id: string } }> } | null };

export type AuditCrossBorderEntriesFragment = { totalCount: number, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null, detail: string | null, clause: { category: string, from: string, to: string, agreementIds: Array<string> } | null } }> };

export type AuditCrossBorderInspectionsTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
}>;


export type AuditCrossBorderInspectionsTrailQuery = { auditTrail: { inspections: { totalCount: number, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null, detail: string | null, clause: { category: string, from: string, to: string, agreementIds: Array<string> } | null } }> } | null } | null };

export type AuditCrossBorderGrievancesTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
}>;


export type AuditCrossBorderGrievancesTrailQuery = { auditTrail: { grievances: { totalCount: number, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null, detail: string | null, clause: { category: string, from: string, to: string, agreementIds: Array<string> } | null } }> } | null } | null };

export type AuditCrossBorderSuppliersTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
}>;


export type AuditCrossBorderSuppliersTrailQuery = { auditTrail: { suppliers: { totalCount: number, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null, detail: string | null, clause: { category: string, from: string, to: string, agreementIds: Array<string> } | null } }> } } | null };

export type AuditEvidenceReadQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditEvidenceReadQuery = { inspection: { id: string, findings: Array<{ id: string, evidence: string | null }> } | null };

export type AuditEvidenceReadTwiceQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditEvidenceReadTwiceQuery = { first: { findings: Array<{ evidence: string | null }> } | null, again: { findings: Array<{ id: string, evidence: string | null }> } | null };

export type AuditEvidenceListQueryVariables = Exact<{
  first: number;
  withEvidence: boolean;
}>;


export type AuditEvidenceListQuery = { inspections: { edges: Array<{ node: { id: string, findings: Array<{ id: string, severity: Severity, evidence?: string | null }> } }> } | null };

export type AuditEvidenceTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
}>;


export type AuditEvidenceTrailQuery = { auditTrail: { inspections: { totalCount: number, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null, detail: string | null, clause: { category: string } | null } }> } | null } | null };

export type CrossBorderInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CrossBorderInspectionQuery = { inspection: { id: string, findings: Array<{ severity: Severity, evidence: string | null }> } | null };

export type CrossBorderCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossBorderCasesQuery = { grievances: { edges: Array<{ node: { areas: Array<ComplianceArea>, summary: string | null, complainantIdentity: string | null } }> } | null };

export type CrossBorderAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossBorderAgreementsQuery = { agreements: { edges: Array<{ node: { id: string, sharingClauses: Array<{ category: DataCategory }> | null } }> } | null };

export type EventsEmittedMergeMutationVariables = Exact<{
  survivor: string | number;
  duplicate: string | number;
}>;


export type EventsEmittedMergeMutation = { mergeFacilities: { mergedId: string | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type EventsEmittedSubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type EventsEmittedSubmitInspectionMutation = { submitInspection: { inspection: { id: string, findings: Array<{ id: string, area: ComplianceArea, severity: Severity }> } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type EventsEmittedPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type EventsEmittedPublishMutation = { publishInspection: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type EventsEmittedDiscloseMutationVariables = Exact<{
  input: ChangeDisclosureInput;
}>;


export type EventsEmittedDiscloseMutation = { changeDisclosure: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type EventsEmittedEscalateMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EventsEmittedEscalateMutation = { escalateGrievance: { grievance: { version: number } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type EventsEmittedWithdrawMutationVariables = Exact<{
  code: string;
}>;


export type EventsEmittedWithdrawMutation = { withdrawGrievance: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FacilityMergeRunMutationVariables = Exact<{
  survivor: string | number;
  duplicate: string | number;
}>;


export type FacilityMergeRunMutation = { mergeFacilities: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FacilityMergeHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityMergeHistoryQuery = { facility: { id: string, compliance: { score: number | null, openFindings: number, overdueCorrectiveActions: number } | null, inspections: { totalCount: number } | null, grievanceSummary: { open: number | null, suppressed: boolean } | null, grievances: { totalCount: number, edges: Array<{ node: { id: string, timeline: Array<{ kind: GrievanceEventKind, public: boolean, note: string | null }> } }> } | null } | null };

export type FacilityMergeFollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type FacilityMergeFollowQuery = { grievanceStatus: { timeline: Array<{ status: GrievanceStatus, message: string }> } | null };

export type LiveEventsPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type LiveEventsPublishMutation = { publishInspection: { userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type MovesOverdueMoveMutationVariables = Exact<{
  facility: string | number;
  successor: string | number;
}>;


export type MovesOverdueMoveMutation = { recordFacilityMove: { facility: { id: string, status: FacilityStatus | null, movedTo: string | null } | null, successor: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type MovesOverdueMergeMutationVariables = Exact<{
  survivor: string | number;
  duplicate: string | number;
}>;


export type MovesOverdueMergeMutation = { mergeFacilities: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type MovesOverdueUpdateActionMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;


export type MovesOverdueUpdateActionMutation = { updateCorrectiveAction: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksListQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksListQuery = { webhookSubscriptions: { totalCount: number, edges: Array<{ node: { id: string, status: WebhookSubscriptionStatus, pendingDeliveries: number, deadDeliveries: number } }> } | null };

export type WebhooksManageMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksManageMutation = { pauseWebhookSubscription: { subscription: { status: WebhookSubscriptionStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksResumeMutation = { resumeWebhookSubscription: { subscription: { status: WebhookSubscriptionStatus, pendingDeliveries: number } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksRotateMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksRotateMutation = { rotateWebhookSecret: { secret: string | null, subscription: { secretRotatedAt: string | null, previousSecretValidUntil: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksDeleteMutation = { deleteWebhookSubscription: { deletedId: string | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksDeadLettersQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhooksDeadLettersQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, attempts: number, lastStatusCode: number | null, lastError: string | null } }> } | null };

export type WebhooksRedeliverMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksRedeliverMutation = { redeliverWebhookDelivery: { delivery: { status: WebhookDeliveryStatus, attempts: number } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksCreateMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
  key: string;
}>;


export type WebhooksCreateMutation = { createWebhookSubscription: { secret: string | null, subscription: { id: string, url: string, events: Array<GraphEventType>, status: WebhookSubscriptionStatus, filter: { countries: Array<string>, facilities: Array<string>, areas: Array<ComplianceArea> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type WebhooksSubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type WebhooksSubmitInspectionMutation = { submitInspection: { inspection: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksPublishMutation = { publishInspection: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type SubmitInspectionOfFacilityMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type SubmitInspectionOfFacilityMutation = { submitInspection: { inspection: { id: string } | null } | null };

export type FacilityReferenceFilingMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type FacilityReferenceFilingMutation = { submitGrievance: { grievance: { id: string, facilityVerified: boolean | null } | null } | null };

export type FacilityReferenceHandlerViewQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityReferenceHandlerViewQuery = { grievance: { facilityVerified: boolean | null, timeline: Array<{ kind: GrievanceEventKind, note: string | null }> } | null };

export type GatewayViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayViewerRoleQuery = { viewer: { role: Role } | null };

export type GatewayOversizedPageQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayOversizedPageQuery = { facilities: { totalCount: number } | null };

export type GatewayTooDeepQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayTooDeepQuery = { facilities: { edges: Array<{ node: { owner: { facilities: { edges: Array<{ node: { owner: { facilities: { edges: Array<{ node: { owner: { facilities: { edges: Array<{ node: { id: string } }> } | null } | null } }> } | null } | null } }> } | null } | null } }> } | null };

export type AnonymousCallerLimitStatusQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type AnonymousCallerLimitStatusQuery = { grievanceStatus: { status: GrievanceStatus } | null };

export type AnonymousWorkerFollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type AnonymousWorkerFollowQuery = { grievanceStatus: { status: GrievanceStatus, statusName: string, message: string, language: string, nextDeadline: string | null, overdue: boolean, timeline: Array<{ at: string, status: GrievanceStatus, message: string, note: string | null }> } | null };

export type AnonymousWorkerWithdrawMutationVariables = Exact<{
  code: string;
  secret?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type AnonymousWorkerWithdrawMutation = { withdrawGrievance: { tracking: { status: GrievanceStatus, message: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type AnonymousWorkerRemedyMutationVariables = Exact<{
  id: string | number;
  input: RemediationInput;
}>;


export type AnonymousWorkerRemedyMutation = { recordRemediation: { remediation: { actionsAgreed: Array<string>, workersReinstated: number | null, verified: boolean, backPay: { amount: string, currency: string } | null, verifiedBy: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type AnonymousWorkerCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnonymousWorkerCasesQuery = { grievances: { edges: Array<{ node: { id: string, version: number, handlerKind: HandlerKind, handler: { id: string } | null } }> } | null };

export type AnonymousWorkerRemediationQueryVariables = Exact<{
  id: string | number;
}>;


export type AnonymousWorkerRemediationQuery = { grievance: { handler: { id: string } | null, remediation: { verified: boolean, backPay: { amount: string, currency: string } | null, verifiedBy: { id: string } | null } | null } | null };

export type AnonymousWorkerRetryMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type AnonymousWorkerRetryMutation = { submitGrievance: { trackingCode: string | null, secret: string | null, replayed: boolean, notice: string | null, grievance: { status: GrievanceStatus } | null } | null };

export type AnonymousWorkerVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type AnonymousWorkerVersionQuery = { grievance: { version: number } | null };

export type AnonymousWorkerAcknowledgeMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type AnonymousWorkerAcknowledgeMutation = { transitionGrievance: { grievance: { status: GrievanceStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type BatchingGrievanceSummariesQueryVariables = Exact<{
  first: number;
}>;


export type BatchingGrievanceSummariesQuery = { facilities: { edges: Array<{ node: { id: string, grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null }> } | null } }> } | null };

export type BatchingCasePageQueryVariables = Exact<{
  first: number;
}>;


export type BatchingCasePageQuery = { grievances: { totalCount: number, edges: Array<{ node: { trackingCode: string | null, status: GrievanceStatus, overdue: boolean, complainantIdentity: string | null, description: string | null, deadlines: { respondBy: string }, nextDeadline: { kind: DeadlineKind } | null, facility: { id: string, name: string | null } | null, timeline: Array<{ at: string, kind: GrievanceEventKind, note: string | null }>, remediation: { actionsAgreed: Array<string> } | null } }> } | null };

export type CaseRulesEscalateMutationVariables = Exact<{
  id: string | number;
  to: EscalationTarget;
  v: number;
}>;


export type CaseRulesEscalateMutation = { escalateGrievance: { grievance: { status: GrievanceStatus, handlerKind: HandlerKind, handler: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type CaseRulesLinkMutationVariables = Exact<{
  id: string | number;
  facility: string | number;
  v: number;
}>;


export type CaseRulesLinkMutation = { linkGrievanceToFacility: { grievance: { version: number, facility: { id: string } | null, facilityCountry: { code: string }, reportedFacility: { name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type CaseRulesStateQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRulesStateQuery = { grievance: { status: GrievanceStatus, version: number, overdue: boolean, nextDeadline: { kind: DeadlineKind, name: string, dueBy: string, overdue: boolean } | null, deadlines: { acknowledgeBy: string, respondBy: string, steps: Array<{ name: string, dueBy: string, completedAt: string | null }> } } | null };

export type CaseRulesOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesOverdueQuery = { grievances: { edges: Array<{ node: { id: string } }> } | null };

export type CaseRulesListQueryVariables = Exact<{
  filter: GrievanceFilter;
}>;


export type CaseRulesListQuery = { grievances: { totalCount: number, edges: Array<{ node: { filedBy: FilerKind, areas: Array<ComplianceArea> } }> } | null };

export type GrievancesDemoOpenCountQueryVariables = Exact<{
  id: string | number;
}>;


export type GrievancesDemoOpenCountQuery = { facility: { grievanceSummary: { open: number | null } | null } | null };

export type DialogueAskMutationVariables = Exact<{
  id: string | number;
  question?: string | null | undefined;
  template?: QuestionTemplate | null | undefined;
  version: number;
}>;


export type DialogueAskMutation = { askComplainant: { grievance: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type DialogueAnswerMutationVariables = Exact<{
  code: string;
  secret: string;
  question: string | number;
  answer: string;
}>;


export type DialogueAnswerMutation = { answerComplainantQuestion: { tracking: { status: GrievanceStatus, questions: Array<{ id: string, text: string, answeredAt: string | null, answer: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type DialogueFollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type DialogueFollowQuery = { grievanceStatus: { language: string, questions: Array<{ id: string, askedAt: string, text: string, answeredAt: string | null, answer: string | null }>, timeline: Array<{ message: string, note: string | null }> } | null };

export type DialogueCaseTextFragment = { id: string, version: number, dialogue: Array<{ id: string, at: string, direction: MessageDirection, text: string, template: QuestionTemplate | null, inReplyTo: string | null, askedBy: { id: string } | null }> | null, timeline: Array<{ kind: GrievanceEventKind, note: string | null, public: boolean }> };

export type DialogueCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type DialogueCaseQuery = { grievance: { id: string, version: number, dialogue: Array<{ id: string, at: string, direction: MessageDirection, text: string, template: QuestionTemplate | null, inReplyTo: string | null, askedBy: { id: string } | null }> | null, timeline: Array<{ kind: GrievanceEventKind, note: string | null, public: boolean }> } | null };

export type DialogueEmployerPathsQueryVariables = Exact<{
  facility: string | number;
  handledByOwner: string | number;
}>;


export type DialogueEmployerPathsQuery = { facility: { grievances: { edges: Array<{ node: { id: string, version: number, dialogue: Array<{ id: string, at: string, direction: MessageDirection, text: string, template: QuestionTemplate | null, inReplyTo: string | null, askedBy: { id: string } | null }> | null, timeline: Array<{ kind: GrievanceEventKind, note: string | null, public: boolean }> } }> } | null } | null, handledByOwner: { id: string, version: number, dialogue: Array<{ id: string, at: string, direction: MessageDirection, text: string, template: QuestionTemplate | null, inReplyTo: string | null, askedBy: { id: string } | null }> | null, timeline: Array<{ kind: GrievanceEventKind, note: string | null, public: boolean }> } | null };

export type EmployerViewCaseFragment = { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null };

export type EmployerViewEveryPathQueryVariables = Exact<{
  facility: string | number;
  anonymous: string | number;
  handledByOwner: string | number;
  brand: string | number;
}>;


export type EmployerViewEveryPathQuery = { facility: { grievances: { edges: Array<{ node: { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null } }> } | null } | null, grievances: { edges: Array<{ node: { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null } }> } | null, anonymous: { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null } | null, handledByOwner: { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null } | null, brand: { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null } | null };

export type EmployerViewOneQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployerViewOneQuery = { grievance: { id: string, areas: Array<ComplianceArea>, status: GrievanceStatus, filedAt: string, handlerSummary: string | null, trackingCode: string | null, summary: string | null, description: string | null, contact: string | null, complainantIdentity: string | null } | null };

export type EmployerViewFileAndReadMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type EmployerViewFileAndReadMutation = { submitGrievance: { trackingCode: string | null, grievance: { trackingCode: string | null, description: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type FacilityGrievancesOfFacilityQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FacilityGrievanceFilter | null | undefined;
}>;


export type FacilityGrievancesOfFacilityQuery = { facility: { id: string, grievances: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, filedBy: FilerKind, summary: string | null, description: string | null, complainantIdentity: string | null, contact: string | null } }> } | null } | null };

export type FacilityGrievancesRootListQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityGrievancesRootListQuery = { grievances: { totalCount: number, edges: Array<{ node: { id: string } }> } | null };

export type FacilityGrievancesByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityGrievancesByIdQuery = { grievance: { id: string } | null };

export type FacilityGrievancesOfOwnFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilityGrievancesOfOwnFacilitiesQuery = { viewer: { organization: { facilities: { edges: Array<{ node: { id: string, grievances: { totalCount: number, edges: Array<{ node: { id: string, handlerSummary: string | null } }> } | null } }> } | null } | null } | null };

export type FacilityGrievancesOwnedPageQueryVariables = Exact<{
  first: number;
}>;


export type FacilityGrievancesOwnedPageQuery = { viewer: { organization: { facilities: { edges: Array<{ node: { id: string, grievances: { totalCount: number, edges: Array<{ node: { id: string, status: GrievanceStatus, handlerSummary: string | null, timeline: Array<{ kind: GrievanceEventKind }> } }> } | null } }> } | null } | null } | null };

export type FacilityGrievancesRegistryPageQueryVariables = Exact<{
  first: number;
}>;


export type FacilityGrievancesRegistryPageQuery = { facilities: { edges: Array<{ node: { id: string, grievances: { totalCount: number, edges: Array<{ node: { id: string, status: GrievanceStatus, handlerSummary: string | null, timeline: Array<{ kind: GrievanceEventKind }> } }> } | null } }> } | null };

export type GrievancesFileCaseMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type GrievancesFileCaseMutation = { submitGrievance: { trackingCode: string | null, secret: string | null, replayed: boolean, notice: string | null, grievance: { id: string, status: GrievanceStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type GrievancesMoveCaseMutationVariables = Exact<{
  id: string | number;
  to: GrievanceStatus;
  version: number;
  note?: string | null | undefined;
  public?: boolean | null | undefined;
}>;


export type GrievancesMoveCaseMutation = { transitionGrievance: { grievance: { id: string, status: GrievanceStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JurisdictionLinkMutationVariables = Exact<{
  id: string | number;
  facility: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type JurisdictionLinkMutation = { linkGrievanceToFacility: { grievance: { id: string, version: number, handlerKind: HandlerKind, facility: { id: string } | null, facilityCountry: { code: string }, handler: { id: string } | null, pendingTransfer: { requestedByRole: Role, note: string | null, facility: { id: string }, country: { code: string }, requestedBy: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JurisdictionAcceptMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type JurisdictionAcceptMutation = { acceptGrievanceTransfer: { grievance: { id: string, version: number, handlerKind: HandlerKind, facility: { id: string } | null, facilityCountry: { code: string }, handler: { id: string } | null, pendingTransfer: { requestedByRole: Role, note: string | null, facility: { id: string }, country: { code: string }, requestedBy: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JurisdictionDeclineMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type JurisdictionDeclineMutation = { declineGrievanceTransfer: { grievance: { id: string, version: number, handlerKind: HandlerKind, facility: { id: string } | null, facilityCountry: { code: string }, handler: { id: string } | null, pendingTransfer: { requestedByRole: Role, note: string | null, facility: { id: string }, country: { code: string }, requestedBy: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JurisdictionWithdrawTransferMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type JurisdictionWithdrawTransferMutation = { withdrawGrievanceTransfer: { grievance: { id: string, version: number, handlerKind: HandlerKind, facility: { id: string } | null, facilityCountry: { code: string }, handler: { id: string } | null, pendingTransfer: { requestedByRole: Role, note: string | null, facility: { id: string }, country: { code: string }, requestedBy: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JurisdictionSummarizeMutationVariables = Exact<{
  id: string | number;
  summary: string;
  version: number;
}>;


export type JurisdictionSummarizeMutation = { summarizeGrievance: { grievance: { id: string, version: number, handlerSummary: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JurisdictionCaseFragment = { id: string, version: number, handlerKind: HandlerKind, facility: { id: string } | null, facilityCountry: { code: string }, handler: { id: string } | null, pendingTransfer: { requestedByRole: Role, note: string | null, facility: { id: string }, country: { code: string }, requestedBy: { id: string } | null } | null };

export type JurisdictionCaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type JurisdictionCaseByIdQuery = { grievance: { id: string, version: number, handlerKind: HandlerKind, timeline: Array<{ kind: GrievanceEventKind, note: string | null }>, facility: { id: string } | null, facilityCountry: { code: string }, handler: { id: string } | null, pendingTransfer: { requestedByRole: Role, note: string | null, facility: { id: string }, country: { code: string }, requestedBy: { id: string } | null } | null } | null };

export type JurisdictionSeesCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type JurisdictionSeesCaseQuery = { grievance: { id: string } | null };

export type MechanismsCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MechanismsCaseQuery = { grievance: { status: GrievanceStatus, version: number, handlerKind: HandlerKind, overdue: boolean, mechanism: { name: string, source: RulesSource, citation: string, acknowledgeWithinDays: number, respondWithinDays: number, agreement: { id: string } | null, steps: Array<{ name: string, kind: MechanismStepKind, after: DeadlineAnchor, escalatesTo: StepEscalation, within: { count: number, unit: PeriodUnit } }> }, deadlines: { acknowledgeBy: string, respondBy: string, schedule: Array<{ name: string, dueBy: string, escalatedAt: string | null }> }, timeline: Array<{ kind: GrievanceEventKind, note: string | null, public: boolean }> } | null };

export type MechanismsCorrectMutationVariables = Exact<{
  id: string | number;
  agreementId?: string | number | null | undefined;
  country?: string | null | undefined;
  reason: string;
  v: number;
}>;


export type MechanismsCorrectMutation = { correctGrievanceMechanism: { grievance: { version: number, mechanism: { name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type MechanismsFollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type MechanismsFollowQuery = { grievanceStatus: { status: GrievanceStatus, message: string, overdue: boolean, timeline: Array<{ message: string }> } | null };

export type OrganisationsFacilitySummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsFacilitySummaryQuery = { facility: { grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null, suppressed: boolean }> } | null } | null };

export type OrganisationsCaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsCaseDetailQuery = { grievance: { complainantIdentity: string | null, contact: string | null, description: string | null, filedBy: FilerKind, handlerKind: HandlerKind, filingOrganization: { id: string } | null, handler: { id: string } | null, timeline: Array<{ kind: GrievanceEventKind, public: boolean, note: string | null, notifiedOrganization: { id: string } | null }> } | null };

export type OrganisationsCountAndCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsCountAndCaseQuery = { grievances: { totalCount: number } | null, grievance: { id: string } | null };

export type OrganisationsSupplierReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsSupplierReadQuery = { grievance: { summary: string | null, description: string | null, complainantIdentity: string | null, contact: string | null, version: number } | null };

export type OrganisationsBrandReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsBrandReadQuery = { grievances: { totalCount: number } | null, grievance: { summary: string | null } | null };

export type OrganisationsCaseCountQueryVariables = Exact<{
  first: number;
}>;


export type OrganisationsCaseCountQuery = { grievances: { totalCount: number } | null };

export type OrganisationsRegulatorReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsRegulatorReadQuery = { grievances: { totalCount: number } | null, grievance: { description: string | null, complainantIdentity: string | null } | null };

export type OrganisationsIdentityReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsIdentityReadQuery = { grievance: { complainantIdentity: string | null, description: string | null } | null };

export type OrganisationsStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsStatsQuery = { grievanceStats: Array<{ area: ComplianceArea | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null };

export type OrganisationsWithdrawMutationVariables = Exact<{
  code: string;
}>;


export type OrganisationsWithdrawMutation = { withdrawGrievance: { tracking: { status: GrievanceStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type RetaliationCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RetaliationCaseQuery = { grievance: { id: string, version: number, isRetaliation: boolean, retaliationClaim: boolean, handlerKind: HandlerKind, handler: { id: string } | null, retaliationAgainst: { id: string } | null, retaliationCases: Array<{ id: string }>, deadlines: { acknowledgeBy: string, respondBy: string }, timeline: Array<{ kind: GrievanceEventKind, note: string | null }> } | null };

export type RetaliationFollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type RetaliationFollowQuery = { grievanceStatus: { timeline: Array<{ message: string }> } | null };

export type RetaliationListQueryVariables = Exact<{
  filter: GrievanceFilter;
}>;


export type RetaliationListQuery = { grievances: { edges: Array<{ node: { id: string, isRetaliation: boolean } }> } | null };

export type RetaliationStatsQueryVariables = Exact<{
  filter?: GrievanceStatsFilter | null | undefined;
}>;


export type RetaliationStatsQuery = { grievanceStats: Array<{ retaliation: boolean | null, cases: number | null, suppressed: boolean }> | null };

export type SuppressionStatsQueryVariables = Exact<{
  g0: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f0?: GrievanceStatsFilter | null | undefined;
  g1: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f1?: GrievanceStatsFilter | null | undefined;
  g2: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f2?: GrievanceStatsFilter | null | undefined;
  g3: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f3?: GrievanceStatsFilter | null | undefined;
  g4: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f4?: GrievanceStatsFilter | null | undefined;
  g5: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f5?: GrievanceStatsFilter | null | undefined;
  g6: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f6?: GrievanceStatsFilter | null | undefined;
  g7: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  f7?: GrievanceStatsFilter | null | undefined;
}>;


export type SuppressionStatsQuery = { r0: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r1: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r2: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r3: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r4: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r5: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r6: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, r7: Array<{ area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null };

export type SuppressionStatsRowFragment = { area: ComplianceArea | null, status: GrievanceStatus | null, filedBy: FilerKind | null, month: string | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null };

export type SuppressionFacilitySummariesQueryVariables = Exact<{
  after?: string | null | undefined;
  countries?: Array<string> | string | null | undefined;
}>;


export type SuppressionFacilitySummariesQuery = { facilities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null, suppressed: boolean }> } | null } }> } | null };

export type SuppressionSingleStatsQueryVariables = Exact<{
  groupBy: Array<GrievanceStatsDimension> | GrievanceStatsDimension;
  filter?: GrievanceStatsFilter | null | undefined;
}>;


export type SuppressionSingleStatsQuery = { grievanceStats: Array<{ filedBy: FilerKind | null, status: GrievanceStatus | null, cases: number | null, open: number | null, suppressed: boolean }> | null };

export type SuppressionTrapSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type SuppressionTrapSummaryQuery = { facility: { grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean } | null } | null };

export type TrackingStatusQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type TrackingStatusQuery = { grievanceStatus: { trackingCode: string, status: GrievanceStatus } | null };

export type TrackingWithdrawMutationVariables = Exact<{
  code: string;
  secret: string;
}>;


export type TrackingWithdrawMutation = { withdrawGrievance: { tracking: { status: GrievanceStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type TrackingTenGuessesQueryVariables = Exact<{
  c0: string;
  c1: string;
  c2: string;
  c3: string;
  c4: string;
  c5: string;
  c6: string;
  c7: string;
  c8: string;
  c9: string;
  secret: string;
}>;


export type TrackingTenGuessesQuery = { g0: { status: GrievanceStatus } | null, g1: { status: GrievanceStatus } | null, g2: { status: GrievanceStatus } | null, g3: { status: GrievanceStatus } | null, g4: { status: GrievanceStatus } | null, g5: { status: GrievanceStatus } | null, g6: { status: GrievanceStatus } | null, g7: { status: GrievanceStatus } | null, g8: { status: GrievanceStatus } | null, g9: { status: GrievanceStatus } | null };

export type ExactlyOnceFileMutationVariables = Exact<{
  input: SubmitGrievanceInput;
  key: string;
}>;


export type ExactlyOnceFileMutation = { submitGrievance: { trackingCode: string | null, secret: string | null, replayed: boolean } | null };

export type ExactlyOnceInspectMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type ExactlyOnceInspectMutation = { submitInspection: { inspection: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ExactlyOnceFollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type ExactlyOnceFollowQuery = { grievanceStatus: { status: GrievanceStatus } | null };

export type OutageBrandOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageBrandOrganizationQuery = { viewer: { role: Role, organization: { id: string, name: string | null, country: { code: string, name: string | null } | null } | null } | null };

export type OutageViewerAndCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageViewerAndCountriesQuery = { viewer: { role: Role } | null, countries: { totalCount: number } | null };

export type OutageInspectedFacilityQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageInspectedFacilityQuery = { inspections: { edges: Array<{ node: { id: string, endedOn: string, facility: { id: string, name: string | null, country: { code: string } | null, compliance: { score: number | null } | null } } }> } | null };

export type OutageFacilityAndAuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type OutageFacilityAndAuditTrailQuery = { facility: { id: string, name: string | null, compliance: { score: number | null } | null } | null, auditTrail: { suppliers: { totalCount: number }, inspections: { totalCount: number } | null } | null };

export type OutageSupplyChainGrievancesQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageSupplyChainGrievancesQuery = { viewer: { organization: { name: string | null, supplyChain: { edges: Array<{ node: { tier: number, facility: { id: string, name: string | null, grievanceSummary: { open: number | null } | null } } }> } | null } | null } | null, grievances: { totalCount: number } | null };

export type BatchingBrandSupplierComplianceQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingBrandSupplierComplianceQuery = { viewer: { organization: { name: string | null, supplyChain: { totalCount: number, edges: Array<{ node: { tier: number, facility: { id: string, name: string | null, country: { code: string } | null, compliance: { score: number | null, grade: ComplianceGrade | null, openFindings: number, lastInspected: string | null, overdueCorrectiveActions: number, openFindingsBySeverity: { major: number }, nonComplianceByArea: Array<{ area: ComplianceArea }> } | null, latestInspection: { endedOn: string, findings: Array<{ area: ComplianceArea, severity: Severity, status: FindingStatus }> } | null, inspections: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } } }> } | null } | null } | null };

export type BatchingInspectionsQueryVariables = Exact<{
  first: number;
}>;


export type BatchingInspectionsQuery = { inspections: { edges: Array<{ node: { id: string, sharedWith: Array<{ id: string }> | null, jointInspectors: Array<{ id: string }>, findings: Array<{ evidence: string | null, correctiveActions: Array<{ status: CorrectiveActionStatus, overdue: boolean }> }>, correctiveActions: Array<{ finding: { severity: Severity }, facility: { id: string } }>, facility: { compliance: { score: number | null } | null, latestInspection: { id: string } | null, inspections: { totalCount: number } | null } } }> } | null };

export type CitationsSubmitMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type CitationsSubmitMutation = { submitInspection: { inspection: { id: string, findings: Array<{ id: string, area: ComplianceArea, conventions: Array<string>, topic: FindingTopic | null, legalBasis: LegalBasis | null, citedConventions: Array<{ code: string, title: string | null, category: ConventionCategory | null, areas: Array<ComplianceArea> | null }>, schemeCode: { scheme: AuditScheme, code: string, title: string, topic: FindingTopic, area: ComplianceArea, conventions: Array<{ code: string }> } | null }> } | null, userErrors: Array<{ message: string }> } | null };

export type CitationsLegalBasisQueryVariables = Exact<{
  id: string | number;
}>;


export type CitationsLegalBasisQuery = { inspection: { findings: Array<{ conventions: Array<string>, legalBasis: LegalBasis | null }> } | null };

export type CitationsSchemeCodesQueryVariables = Exact<{
  area?: ComplianceArea | null | undefined;
}>;


export type CitationsSchemeCodesQuery = { auditSchemeCodes: Array<{ scheme: AuditScheme, code: string, topic: FindingTopic, source: string }> | null };

export type CitationsStatsByTopicQueryVariables = Exact<{
  country: string;
}>;


export type CitationsStatsByTopicQuery = { complianceStats: Array<{ topic: FindingTopic | null, nonCompliantFacilities: number, findingsBySeverity: { major: number, minor: number } }> | null };

export type CitationsFindingsOfAllQueryVariables = Exact<{
  withBasis: boolean;
}>;


export type CitationsFindingsOfAllQuery = { inspections: { edges: Array<{ node: { country: { code: string }, findings: Array<{ conventions: Array<string>, legalBasis?: LegalBasis | null }> } }> } | null };

export type CitationsRecordRatificationMutationVariables = Exact<{
  input: RecordRatificationInput;
  key: string;
}>;


export type CitationsRecordRatificationMutation = { recordRatification: { ratification: { status: RatificationStatus } | null, userErrors: Array<{ message: string }> } | null };

export type ComplianceBasisOfFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplianceBasisOfFacilityQuery = { facility: { compliance: { score: number | null, grade: ComplianceGrade | null, basis: { inspections: number, from: string | null, to: string | null, publicInspections: number, nonPublicInspections: number, byKind: Array<{ kind: InspectionKind, inspections: number }> } } | null, publicCompliance: { score: number | null, grade: ComplianceGrade | null, basis: { inspections: number, from: string | null, to: string | null, publicInspections: number, nonPublicInspections: number, byKind: Array<{ kind: InspectionKind, inspections: number }> } } | null } | null };

export type ComplianceWithBasisFragment = { score: number | null, grade: ComplianceGrade | null, basis: { inspections: number, from: string | null, to: string | null, publicInspections: number, nonPublicInspections: number, byKind: Array<{ kind: InspectionKind, inspections: number }> } };

export type InspectionComplianceStatsQueryVariables = Exact<{
  groupBy?: Array<ComplianceDimension> | ComplianceDimension | null | undefined;
  filter?: ComplianceStatsFilter | null | undefined;
}>;


export type InspectionComplianceStatsQuery = { complianceStats: Array<{ area: ComplianceArea | null, sector: string | null, month: string | null, severity: Severity | null, inspections: number, facilitiesAssessed: number, nonCompliantFacilities: number, nonComplianceRate: number, country: { code: string } | null, findingsBySeverity: { zeroTolerance: number, major: number, minor: number, observation: number } }> | null };

export type EnforcementRecordMutationVariables = Exact<{
  input: RecordEnforcementActionInput;
  key: string;
}>;


export type EnforcementRecordMutation = { recordEnforcementAction: { enforcementAction: { id: string, kind: EnforcementActionKind, country: string, amount: string | null, currency: string | null, published: boolean, appealStatus: EnforcementAppealStatus, decidedBy: { id: string }, findings: Array<{ id: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } | null };

export type EnforcementByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EnforcementByIdQuery = { enforcementAction: { id: string } | null };

export type EnforcementListQueryVariables = Exact<{
  filter?: EnforcementActionFilter | null | undefined;
}>;


export type EnforcementListQuery = { enforcementActions: { totalCount: number, edges: Array<{ node: { id: string } }> } | null };

export type EnforcementOfFacilityQueryVariables = Exact<{
  facility: string | number;
}>;


export type EnforcementOfFacilityQuery = { facility: { enforcementActions: Array<{ id: string }> | null } | null, inspection: { findings: Array<{ id: string, enforcementActions: Array<{ id: string }> }> } | null, enforcementActions: { totalCount: number } | null };

export type EnforcementAppealMutationVariables = Exact<{
  input: ChangeEnforcementActionAppealInput;
}>;


export type EnforcementAppealMutation = { changeEnforcementActionAppeal: { enforcementAction: { id: string, appealStatus: EnforcementAppealStatus, appealNote: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } | null };

export type FacilityOwnerSubmitMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type FacilityOwnerSubmitMutation = { submitInspection: { inspection: { id: string, findings: Array<{ id: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type FacilityOwnerReadQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityOwnerReadQuery = { inspection: { id: string, status: InspectionStatus } | null };

export type FacilityOwnerAddActionMutationVariables = Exact<{
  input: AddCorrectiveActionInput;
  key: string;
}>;


export type FacilityOwnerAddActionMutation = { addCorrectiveAction: { correctiveAction: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type InspectionFindingProvenanceQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionFindingProvenanceQuery = { inspection: { findings: Array<{ id: string, status: FindingStatus, provenance: { confidence: Confidence, basis: FindingConfidenceBasis, source: { kind: InspectionKind, recordedOn: string, conductedBy: { id: string }, inspection: { id: string } } } }> } | null };

export type InspectionFindingProvenanceDisputeMutationVariables = Exact<{
  input: DisputeFindingInput;
}>;


export type InspectionFindingProvenanceDisputeMutation = { disputeFinding: { finding: { status: FindingStatus, provenance: { confidence: Confidence, basis: FindingConfidenceBasis } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type JointInspectionSubmitMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type JointInspectionSubmitMutation = { submitInspection: { inspection: { id: string, status: InspectionStatus, kind: InspectionKind, jointInspectors: Array<{ id: string }>, signatures: Array<{ signedAt: string, organization: { id: string } }>, findings: Array<{ id: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type JointInspectionCosignMutationVariables = Exact<{
  id: string | number;
}>;


export type JointInspectionCosignMutation = { cosignInspection: { inspection: { id: string, status: InspectionStatus, signatures: Array<{ signedAt: string, organization: { id: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JointInspectionPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type JointInspectionPublishMutation = { publishInspection: { inspection: { id: string, status: InspectionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type JointInspectionAddActionMutationVariables = Exact<{
  input: AddCorrectiveActionInput;
  key: string;
}>;


export type JointInspectionAddActionMutation = { addCorrectiveAction: { correctiveAction: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type JointInspectionComplianceQueryVariables = Exact<{
  id: string | number;
}>;


export type JointInspectionComplianceQuery = { facility: { compliance: { openFindings: number, basis: { inspections: number } } | null } | null, complianceStats: Array<{ inspections: number }> | null };

export type ReportAccessReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportAccessReportQuery = { inspection: { id: string, disclosure: Disclosure, findings: Array<{ id: string, evidence: string | null }> } | null };

export type ReportAccessFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportAccessFacilityQuery = { facility: { inspections: { totalCount: number } | null, compliance: { basis: { inspections: number, nonPublicInspections: number } } | null } | null };

export type ReportAccessGrantMutationVariables = Exact<{
  input: GrantReportAccessInput;
  key: string;
}>;


export type ReportAccessGrantMutation = { grantReportAccess: { grant: { id: string, active: boolean, buyer: { id: string }, grantedBy: { id: string }, inspection: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type ReportAccessRevokeMutationVariables = Exact<{
  input: RevokeReportAccessInput;
}>;


export type ReportAccessRevokeMutation = { revokeReportAccess: { grant: { id: string, active: boolean, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type ReportAccessGrantByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportAccessGrantByIdQuery = { reportAccessGrant: { id: string, active: boolean } | null };

export type ReportAccessInsidersQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportAccessInsidersQuery = { inspection: { accessGrants: Array<{ buyer: { id: string } }> | null } | null };

export type ReportAccessRequestMutationVariables = Exact<{
  input: RequestReportAccessInput;
  key: string;
}>;


export type ReportAccessRequestMutation = { requestReportAccess: { replayed: boolean, request: { id: string, status: ReportAccessRequestStatus, message: string | null, note: string | null, facility: { id: string }, inspection: { id: string } | null, requestedBy: { id: string }, decidedBy: { id: string } | null, grants: Array<{ active: boolean, inspection: { id: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } | null };

export type ReportAccessDecideMutationVariables = Exact<{
  input: DecideReportAccessRequestInput;
}>;


export type ReportAccessDecideMutation = { decideReportAccessRequest: { request: { id: string, status: ReportAccessRequestStatus, message: string | null, note: string | null, facility: { id: string }, inspection: { id: string } | null, requestedBy: { id: string }, decidedBy: { id: string } | null, grants: Array<{ active: boolean, inspection: { id: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type ReportAccessWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportAccessWithdrawMutation = { withdrawReportAccessRequest: { request: { id: string, status: ReportAccessRequestStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReportAccessRequestsQueryVariables = Exact<{
  filter?: ReportAccessRequestFilter | null | undefined;
}>;


export type ReportAccessRequestsQuery = { reportAccessRequests: { totalCount: number, edges: Array<{ node: { id: string, status: ReportAccessRequestStatus, message: string | null, note: string | null, facility: { id: string }, inspection: { id: string } | null, requestedBy: { id: string }, decidedBy: { id: string } | null, grants: Array<{ active: boolean, inspection: { id: string } | null }> } }> } | null };

export type ReportAccessRequestFieldsFragment = { id: string, status: ReportAccessRequestStatus, message: string | null, note: string | null, facility: { id: string }, inspection: { id: string } | null, requestedBy: { id: string }, decidedBy: { id: string } | null, grants: Array<{ active: boolean, inspection: { id: string } | null }> };

export type InspectionFlowSubmitMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type InspectionFlowSubmitMutation = { submitInspection: { replayed: boolean, userErrors: Array<{ code: UserErrorCode, message: string }>, inspection: { id: string, status: InspectionStatus, disclosure: Disclosure, country: { code: string }, conductedBy: { id: string }, findingsConnection: { totalCount: number, edges: Array<{ node: { id: string, area: ComplianceArea, severity: Severity, status: FindingStatus } }> } } | null } | null };

export type InspectionFlowComplianceQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionFlowComplianceQuery = { facility: { id: string, compliance: { score: number | null, grade: ComplianceGrade | null, openFindings: number, lastInspected: string | null, overdueCorrectiveActions: number, openFindingsBySeverity: { major: number, minor: number }, nonComplianceByArea: Array<{ area: ComplianceArea, openFindings: number }> } | null } | null };

export type InspectionFlowPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type InspectionFlowPublishMutation = { publishInspection: { inspection: { status: InspectionStatus, publishedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type InspectionFlowStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionFlowStatusQuery = { inspection: { status: InspectionStatus, publishedAt: string | null } | null };

export type InspectionFlowAddActionMutationVariables = Exact<{
  input: AddCorrectiveActionInput;
  key: string;
}>;


export type InspectionFlowAddActionMutation = { addCorrectiveAction: { correctiveAction: { id: string, status: CorrectiveActionStatus, version: number, finding: { status: FindingStatus } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type InspectionFlowUpdateActionMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;


export type InspectionFlowUpdateActionMutation = { updateCorrectiveAction: { correctiveAction: { status: CorrectiveActionStatus, version: number, finding: { status: FindingStatus } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type InspectionFlowVerifyActionMutationVariables = Exact<{
  input: VerifyCorrectiveActionInput;
}>;


export type InspectionFlowVerifyActionMutation = { verifyCorrectiveAction: { correctiveAction: { status: CorrectiveActionStatus, verifiedOn: string | null, verificationNote: string | null, verifiedBy: { id: string } | null, finding: { status: FindingStatus } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type InspectionFlowFindingsQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionFlowFindingsQuery = { inspection: { findings: Array<{ id: string, severity: Severity }> } | null };

export type InspectionFlowDisputeMutationVariables = Exact<{
  input: DisputeFindingInput;
}>;


export type InspectionFlowDisputeMutation = { disputeFinding: { finding: { status: FindingStatus, dispute: { reason: string, raisedBy: { id: string } | null } | null, inspection: { status: InspectionStatus } } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type InspectionFlowEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionFlowEvidenceQuery = { inspection: { findings: Array<{ evidence: string | null }> } | null };

export type InspectionRulesSubmitMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type InspectionRulesSubmitMutation = { submitInspection: { replayed: boolean, inspection: { id: string, facility: { compliance: { score: number | null, grade: ComplianceGrade | null, openFindings: number } | null } } | null } | null };

export type InspectionVisibilityListQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionVisibilityListQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, sharedWith: Array<{ id: string }> | null, findings: Array<{ evidence: string | null }> } }> } | null };

export type InspectionVisibilityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionVisibilityByIdQuery = { inspection: { id: string } | null };

export type InspectionVisibilityFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionVisibilityFacilityQuery = { inspection: { facility: { inspections: { totalCount: number } | null, latestInspection: { id: string } | null } } | null };

export type InspectionVisibilityOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionVisibilityOverdueQuery = { correctiveActions: { edges: Array<{ node: { overdue: boolean, inspection: { id: string } } }> } | null };

export type ZeroToleranceCapGradeQueryVariables = Exact<{
  id: string | number;
}>;


export type ZeroToleranceCapGradeQuery = { facility: { publicCompliance: { score: number | null, grade: ComplianceGrade | null } | null } | null };

export type ZeroToleranceCapCompleteMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;


export type ZeroToleranceCapCompleteMutation = { updateCorrectiveAction: { correctiveAction: { status: CorrectiveActionStatus, finding: { status: FindingStatus } } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ZeroToleranceCapVerifyMutationVariables = Exact<{
  input: VerifyCorrectiveActionInput;
}>;


export type ZeroToleranceCapVerifyMutation = { verifyCorrectiveAction: { correctiveAction: { finding: { status: FindingStatus } } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type JwksViewerIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksViewerIdentityQuery = { viewer: { role: Role, subject: string | null, jurisdiction: { code: string } | null } | null };

export type JwksViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksViewerRoleQuery = { viewer: { role: Role } | null };

export type PermissionsAuditPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null } }> };

export type PermissionsAuditSuppliersQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;


export type PermissionsAuditSuppliersQuery = { auditTrail: { suppliers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null } }> } } | null };

export type PermissionsAuditAgreementsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;


export type PermissionsAuditAgreementsQuery = { auditTrail: { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null } }> } | null } | null };

export type PermissionsAuditInspectionsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;


export type PermissionsAuditInspectionsQuery = { auditTrail: { inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null } }> } | null } | null };

export type PermissionsAuditGrievancesQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;


export type PermissionsAuditGrievancesQuery = { auditTrail: { grievances: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { subject: string | null, organizationId: string | null, role: string, operation: string, target: string, country: string | null } }> } | null } | null };

export type PermissionsAuditSchemeCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsAuditSchemeCodesQuery = { auditSchemeCodes: Array<{ code: string, topic: FindingTopic }> | null };

export type PermissionsFindingCitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsFindingCitationsQuery = { inspection: { findings: Array<{ id: string, topic: FindingTopic | null, legalBasis: LegalBasis | null, citedConventions: Array<{ code: string }> }> } | null };

export type PermissionsCosignFileJointMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type PermissionsCosignFileJointMutation = { submitInspection: { inspection: { id: string, status: InspectionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type PermissionsCosignInspectionMutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsCosignInspectionMutation = { cosignInspection: { inspection: { id: string, status: InspectionStatus, signatures: Array<{ organization: { id: string } }> } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsRecordEnforcementActionMutationVariables = Exact<{
  input: RecordEnforcementActionInput;
  key: string;
}>;


export type PermissionsRecordEnforcementActionMutation = { recordEnforcementAction: { enforcementAction: { id: string, amount: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsEnforcementActionsQueryVariables = Exact<{
  facility: string | number;
  unpublished: string | number;
  published: string | number;
}>;


export type PermissionsEnforcementActionsQuery = { enforcementActions: { edges: Array<{ node: { id: string } }> } | null, unpublished: { id: string } | null, published: { id: string } | null, facility: { enforcementActions: Array<{ id: string }> | null } | null };

export type PermissionsWorldSubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type PermissionsWorldSubmitInspectionMutation = { submitInspection: { inspection: { id: string, findings: Array<{ id: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type PermissionsWorldPublishInspectionMutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsWorldPublishInspectionMutation = { publishInspection: { inspection: { id: string, status: InspectionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type PermissionsImportFacilityListMutationVariables = Exact<{
  input: ImportFacilityListInput;
  key: string;
}>;


export type PermissionsImportFacilityListMutation = { importFacilityList: { import: { id: string } | null, rows: Array<{ outcome: ImportRowOutcome, facility: { id: string } | null }>, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type GrievanceAggregatesSummariesQueryVariables = Exact<{
  bangladesh: string | number;
  vietNam: string | number;
}>;


export type GrievanceAggregatesSummariesQuery = { bangladesh: { grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null, suppressed: boolean }> } | null } | null, vietNam: { grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null, suppressed: boolean }> } | null } | null };

export type GrievanceAggregatesSummaryFragment = { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null, suppressed: boolean }> };

export type GrievanceAggregatesStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrievanceAggregatesStatsQuery = { byCountry: Array<{ cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null, total: Array<{ cases: number | null, open: number | null, overdue: number | null, suppressed: boolean }> | null };

export type GrievanceJurisdictionFieldsFragment = { id: string, trackingCode: string | null, summary: string | null, handlerSummary: string | null };

export type GrievanceJurisdictionEveryPathQueryVariables = Exact<{
  main: string | number;
  quiet: string | number;
}>;


export type GrievanceJurisdictionEveryPathQuery = { main: { grievances: { edges: Array<{ node: { id: string, trackingCode: string | null, summary: string | null, handlerSummary: string | null } }> } | null } | null, quiet: { grievances: { edges: Array<{ node: { id: string, trackingCode: string | null, summary: string | null, handlerSummary: string | null } }> } | null } | null, grievances: { edges: Array<{ node: { id: string, trackingCode: string | null, summary: string | null, handlerSummary: string | null } }> } | null };

export type GrievanceJurisdictionPendingQueryVariables = Exact<{
  id: string | number;
}>;


export type GrievanceJurisdictionPendingQuery = { grievance: { id: string, pendingTransfer: { country: { code: string } } | null } | null };

export type PermissionsGrievanceCaseFragment = { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null };

export type PermissionsGrievanceListQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsGrievanceListQuery = { grievances: { totalCount: number, edges: Array<{ node: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } }> } | null };

export type PermissionsGrievancesByIdQueryVariables = Exact<{
  union: string | number;
  civilSociety: string | number;
  worker: string | number;
  anonymousA: string | number;
  anonymousB: string | number;
  quietA: string | number;
  quietB: string | number;
}>;


export type PermissionsGrievancesByIdQuery = { union: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null, civilSociety: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null, worker: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null, anonymousA: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null, anonymousB: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null, quietA: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null, quietB: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } | null };

export type PermissionsFacilityGrievancesQueryVariables = Exact<{
  main: string | number;
  quiet: string | number;
}>;


export type PermissionsFacilityGrievancesQuery = { main: { grievances: { totalCount: number, edges: Array<{ node: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } }> } | null } | null, quiet: { grievances: { totalCount: number, edges: Array<{ node: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } }> } | null } | null };

export type PermissionsOwnFacilityGrievancesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsOwnFacilityGrievancesQuery = { viewer: { organization: { facilities: { edges: Array<{ node: { id: string, grievances: { totalCount: number, edges: Array<{ node: { id: string, complainantIdentity: string | null, contact: string | null, description: string | null, dialogue: Array<{ id: string }> | null } }> } | null } }> } | null } | null } | null };

export type PermissionsGrievanceSummaryQueryVariables = Exact<{
  main: string | number;
  quiet: string | number;
}>;


export type PermissionsGrievanceSummaryQuery = { main: { grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean, byArea: Array<{ area: ComplianceArea, open: number | null, suppressed: boolean }> } | null } | null, quiet: { grievanceSummary: { open: number | null, overdue: number | null, resolved: number | null, suppressed: boolean } | null } | null };

export type PermissionsGrievanceStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsGrievanceStatsQuery = { grievanceStats: Array<{ area: ComplianceArea | null, cases: number | null, open: number | null, overdue: number | null, suppressed: boolean, country: { code: string } | null }> | null };

export type PermissionsInspectionListQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsInspectionListQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, disclosure: Disclosure, sharedWith: Array<{ id: string }> | null, findings: Array<{ id: string, evidence: string | null }> } }> } | null };

export type PermissionsInspectionsByIdQueryVariables = Exact<{
  private: string | number;
  shared: string | number;
  public: string | number;
}>;


export type PermissionsInspectionsByIdQuery = { PRIVATE: { id: string, disclosure: Disclosure, sharedWith: Array<{ id: string }> | null, findings: Array<{ id: string, evidence: string | null }> } | null, SHARED_WITH_BUYERS: { id: string, disclosure: Disclosure, sharedWith: Array<{ id: string }> | null, findings: Array<{ id: string, evidence: string | null }> } | null, PUBLIC: { id: string, disclosure: Disclosure, sharedWith: Array<{ id: string }> | null, findings: Array<{ id: string, evidence: string | null }> } | null };

export type PermissionsFacilityInspectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsFacilityInspectionsQuery = { facility: { id: string, inspections: { totalCount: number, edges: Array<{ node: { id: string, disclosure: Disclosure, sharedWith: Array<{ id: string }> | null, findings: Array<{ id: string, evidence: string | null }> } }> } | null } | null };

export type PermissionsSubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type PermissionsSubmitInspectionMutation = { submitInspection: { inspection: { id: string, conductedBy: { id: string } } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsAddCorrectiveActionMutationVariables = Exact<{
  input: AddCorrectiveActionInput;
  key: string;
}>;


export type PermissionsAddCorrectiveActionMutation = { addCorrectiveAction: { correctiveAction: { id: string, status: CorrectiveActionStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsGrievanceStateQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsGrievanceStateQuery = { grievance: { version: number, status: GrievanceStatus, allowedTransitions: Array<GrievanceStatus>, mechanism: { country: { code: string } | null } } | null };

export type PermissionsTransitionGrievanceMutationVariables = Exact<{
  id: string | number;
  to: GrievanceStatus;
  version: number;
}>;


export type PermissionsTransitionGrievanceMutation = { transitionGrievance: { grievance: { id: string, status: GrievanceStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsAskComplainantMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PermissionsAskComplainantMutation = { askComplainant: { grievance: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsCorrectMechanismMutationVariables = Exact<{
  id: string | number;
  country: string;
  version: number;
}>;


export type PermissionsCorrectMechanismMutation = { correctGrievanceMechanism: { grievance: { id: string, mechanism: { country: { code: string } | null } } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
  key: string;
}>;


export type PermissionsCreateAgreementMutation = { createAgreement: { agreement: { id: string, status: AgreementStatus | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsChangeAgreementStatusMutationVariables = Exact<{
  input: ChangeAgreementStatusInput;
  key: string;
}>;


export type PermissionsChangeAgreementStatusMutation = { changeAgreementStatus: { agreement: { id: string, status: AgreementStatus | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsAddSharingClauseMutationVariables = Exact<{
  input: AddSharingClauseInput;
  key: string;
}>;


export type PermissionsAddSharingClauseMutation = { addSharingClause: { agreement: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsInspectionStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsInspectionStatusQuery = { inspection: { id: string, status: InspectionStatus } | null };

export type PermissionsPublishInspectionMutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsPublishInspectionMutation = { publishInspection: { inspection: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsChangeDisclosureMutationVariables = Exact<{
  input: ChangeDisclosureInput;
}>;


export type PermissionsChangeDisclosureMutation = { changeDisclosure: { inspection: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsProvenanceContributorsQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsProvenanceContributorsQuery = { facility: { contributions: Array<{ listImportId: string | null, contributor: { kind: OrganizationKind, anonymous: boolean, organization: { id: string } | null } }> | null, provenance: Array<{ field: FacilityField, source: { listImportId: string | null, contributor: { kind: OrganizationKind, anonymous: boolean, organization: { id: string } | null } | null } }> | null } | null };

export type PermissionsProvenanceFindingQueryVariables = Exact<{
  id: string | number;
}>;


export type PermissionsProvenanceFindingQuery = { inspection: { findings: Array<{ provenance: { confidence: Confidence, basis: FindingConfidenceBasis, source: { kind: InspectionKind, conductedBy: { id: string } } } }> } | null };

export type PermissionsSupplyChainQueryVariables = Exact<{
  brand: string | number;
}>;


export type PermissionsSupplyChainQuery = { organization: { supplyChain: { totalCount: number, edges: Array<{ node: { publiclyDisclosed: boolean, facility: { id: string } } }> } | null } | null };

export type PermissionsBuyersQueryVariables = Exact<{
  main: string | number;
  hidden: string | number;
  brand: string | number;
}>;


export type PermissionsBuyersQuery = { main: { buyers: Array<{ publiclyDisclosed: boolean, buyer: { id: string } }> | null } | null, hidden: { buyers: Array<{ publiclyDisclosed: boolean, buyer: { id: string } }> | null } | null, facilities: { totalCount: number, edges: Array<{ node: { id: string } }> } | null };

export type PermissionsFacilityListImportsQueryVariables = Exact<{
  brandImport: string | number;
  supplierImport: string | number;
  brand: string | number;
  supplier: string | number;
}>;


export type PermissionsFacilityListImportsQuery = { brandImport: { id: string, organization: { id: string } } | null, supplierImport: { id: string, organization: { id: string } } | null, brand: { facilityListImports: { totalCount: number } | null } | null, supplier: { facilityListImports: { totalCount: number } | null } | null };

export type PermissionsDraftAgreementQueryVariables = Exact<{
  draft: string | number;
  inForce: string | number;
}>;


export type PermissionsDraftAgreementQuery = { agreements: { totalCount: number, edges: Array<{ node: { id: string } }> } | null, draft: { id: string, status: AgreementStatus | null } | null, inForce: { id: string, status: AgreementStatus | null } | null, bd: { agreements: Array<{ id: string }> | null } | null, vn: { agreements: Array<{ id: string }> | null } | null };

export type PermissionsTrailSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsTrailSuppliersQuery = { auditTrail: { suppliers: { totalCount: number, edges: Array<{ node: { operation: string } }> } } | null };

export type PermissionsTrailAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsTrailAgreementsQuery = { auditTrail: { agreements: { totalCount: number, edges: Array<{ node: { operation: string } }> } | null } | null };

export type PermissionsTrailInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsTrailInspectionsQuery = { auditTrail: { inspections: { totalCount: number, edges: Array<{ node: { operation: string } }> } | null } | null };

export type PermissionsTrailGrievancesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsTrailGrievancesQuery = { auditTrail: { grievances: { totalCount: number, edges: Array<{ node: { operation: string } }> } | null } | null };

export type PermissionsGrantReportAccessMutationVariables = Exact<{
  input: GrantReportAccessInput;
  key: string;
}>;


export type PermissionsGrantReportAccessMutation = { grantReportAccess: { grant: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsRevokeReportAccessMutationVariables = Exact<{
  input: RevokeReportAccessInput;
}>;


export type PermissionsRevokeReportAccessMutation = { revokeReportAccess: { grant: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsRequestReportAccessMutationVariables = Exact<{
  input: RequestReportAccessInput;
  key: string;
}>;


export type PermissionsRequestReportAccessMutation = { requestReportAccess: { request: { id: string, status: ReportAccessRequestStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsWithdrawReportAccessRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsWithdrawReportAccessRequestMutation = { withdrawReportAccessRequest: { request: { id: string, status: ReportAccessRequestStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PermissionsDecideReportAccessRequestMutationVariables = Exact<{
  input: DecideReportAccessRequestInput;
}>;


export type PermissionsDecideReportAccessRequestMutation = { decideReportAccessRequest: { request: { id: string, status: ReportAccessRequestStatus } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PrincipalBindingFacilityCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type PrincipalBindingFacilityCasesQuery = { facility: { id: string, grievances: { totalCount: number, edges: Array<{ node: { id: string, status: GrievanceStatus } }> } | null } | null };

export type ProductionStartFacilityCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionStartFacilityCountQuery = { facilities: { totalCount: number } | null };

export type ProductionStartDemoCaseQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type ProductionStartDemoCaseQuery = { grievanceStatus: { status: GrievanceStatus } | null };

export type ProductionStartViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionStartViewerQuery = { viewer: { role: Role } | null };

export type RateLimitViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitViewerRoleQuery = { viewer: { role: Role } | null };

export type ResilienceFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type ResilienceFacilityQuery = { facility: { id: string, name: string | null, compliance: { score: number | null } | null, grievanceSummary: { open: number | null } | null } | null };

export type ResilienceViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceViewerRoleQuery = { viewer: { role: Role } | null };

export type SupplierDemoFootwearCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierDemoFootwearCountQuery = { facilities: { totalCount: number } | null };

export type SupplierDemoSearchQueryVariables = Exact<{
  search: string;
}>;


export type SupplierDemoSearchQuery = { facilities: { edges: Array<{ node: { id: string } }> } | null };

export type SupplierDemoSupplyChainBySectorQueryVariables = Exact<{
  sector: string;
}>;


export type SupplierDemoSupplyChainBySectorQuery = { viewer: { organization: { supplyChain: { totalCount: number } | null } | null } | null };

export type SupplierImportListMutationVariables = Exact<{
  input: ImportFacilityListInput;
  key: string;
}>;


export type SupplierImportListMutation = { importFacilityList: { import: { id: string, status: FacilityListImportStatus, totalRows: number, counts: { new: number, matched: number, potentialMatch: number, error: number } } | null, rows: Array<{ id: string, rowNumber: number, outcome: ImportRowOutcome, name: string | null, reason: string | null, facility: { id: string } | null, candidates: Array<{ score: number, facility: { id: string } | null }> }>, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplierImportDecisionFragment = { row: { id: string, outcome: ImportRowOutcome, resolution: MatchResolution | null, facility: { id: string, name: string | null } | null } | null, facility: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> };

export type SupplierImportConfirmMatchMutationVariables = Exact<{
  row: string | number;
  facility: string | number;
}>;


export type SupplierImportConfirmMatchMutation = { confirmFacilityMatch: { row: { id: string, outcome: ImportRowOutcome, resolution: MatchResolution | null, facility: { id: string, name: string | null } | null } | null, facility: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplierImportRejectMatchMutationVariables = Exact<{
  row: string | number;
}>;


export type SupplierImportRejectMatchMutation = { rejectFacilityMatch: { row: { id: string, outcome: ImportRowOutcome, resolution: MatchResolution | null, facility: { id: string, name: string | null } | null } | null, facility: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplierImportMergeMutationVariables = Exact<{
  survivor: string | number;
  duplicate: string | number;
}>;


export type SupplierImportMergeMutation = { mergeFacilities: { mergedId: string | null, survivor: { id: string, sectors: Array<string> | null, buyers: Array<{ tier: number, buyer: { id: string } }> | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplierImportSupplyChainQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierImportSupplyChainQuery = { viewer: { organization: { supplyChain: { totalCount: number, edges: Array<{ node: { products: Array<string>, facility: { id: string } } }> } | null } | null } | null };

export type SupplierImportFacilityCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierImportFacilityCountQuery = { facilities: { totalCount: number } | null };

export type SupplierImportListImportQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierImportListImportQuery = { facilityListImport: { fileName: string, uploadedBy: string | null, organization: { id: string }, rows: { totalCount: number, edges: Array<{ node: { rowNumber: number } }> } } | null };

export type SupplierImportListImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierImportListImportsQuery = { organization: { facilityListImports: { totalCount: number } | null } | null };

export type SupplierImportBuyersQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierImportBuyersQuery = { facility: { buyers: Array<{ buyer: { id: string } }> | null } | null };

export type SupplierImportFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierImportFacilityQuery = { facility: { id: string, name: string | null } | null };

export type SupplierImportAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierImportAuditTrailQuery = { auditTrail: { suppliers: { edges: Array<{ node: { operation: string, target: string, subject: string | null } }> } } | null };

export type SuppliersProvenanceImportMutationVariables = Exact<{
  input: ImportFacilityListInput;
  key: string;
}>;


export type SuppliersProvenanceImportMutation = { importFacilityList: { import: { id: string } | null, rows: Array<{ id: string, outcome: ImportRowOutcome, facility: { id: string } | null, candidates: Array<{ facility: { id: string } | null }> }>, userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type SuppliersProvenanceConfirmMutationVariables = Exact<{
  row: string | number;
  facility: string | number;
}>;


export type SuppliersProvenanceConfirmMutation = { confirmFacilityMatch: { userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type SuppliersProvenanceContributorFragment = { kind: OrganizationKind, anonymous: boolean, organization: { id: string } | null };

export type SuppliersProvenanceFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type SuppliersProvenanceFacilityQuery = { facility: { id: string, name: string | null, provenance: Array<{ field: FacilityField, confidence: Confidence, recordedAt: string, source: { kind: ProvenanceKind, listImportId: string | null, rowNumber: number | null, mergedFrom: string | null, contributor: { kind: OrganizationKind, anonymous: boolean, organization: { id: string } | null } | null } }> | null, contributions: Array<{ listImportId: string | null, rowNumber: number | null, name: string, address: string, country: string, sectors: Array<string>, match: ContributionMatch, matchConfidence: Confidence, canonicalFields: Array<FacilityField>, differingFields: Array<FacilityField>, contributor: { kind: OrganizationKind, anonymous: boolean, organization: { id: string } | null }, workerCount: { min: number, max: number | null } | null, location: { latitude: number } | null }> | null } | null };

export type SuppliersProvenanceMergeMutationVariables = Exact<{
  survivor: string | number;
  duplicate: string | number;
}>;


export type SuppliersProvenanceMergeMutation = { mergeFacilities: { userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type SuppliersProvenanceMoveMutationVariables = Exact<{
  facility: string | number;
  successor: string | number;
}>;


export type SuppliersProvenanceMoveMutation = { recordFacilityMove: { userErrors: Array<{ code: UserErrorCode, message: string }> } | null };

export type SuppliersProvenancePageQueryVariables = Exact<{
  first: number;
}>;


export type SuppliersProvenancePageQuery = { facilities: { edges: Array<{ node: { id: string, provenance: Array<{ field: FacilityField, source: { contributor: { kind: OrganizationKind, organization: { id: string } | null } | null } }> | null, contributions: Array<{ name: string, contributor: { anonymous: boolean } }> | null } }> } | null };

export type RecruitmentSubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
  key: string;
}>;


export type RecruitmentSubmitInspectionMutation = { submitInspection: { inspection: { id: string, findings: Array<{ recruitmentAgency: { id: string, kind: OrganizationKind | null, licence: { number: string } | null } | null }> } | null } | null };

export type RecruitmentGrievanceQueryVariables = Exact<{
  id: string | number;
}>;


export type RecruitmentGrievanceQuery = { grievance: { recruitmentAgencyVerified: boolean | null, recruitmentAgency: { id: string, kind: OrganizationKind | null } | null } | null };

export type RecruitmentRegisterAgencyMutationVariables = Exact<{
  input: RegisterRecruitmentAgencyInput;
  key: string;
}>;


export type RecruitmentRegisterAgencyMutation = { registerRecruitmentAgency: { agency: { id: string, name: string | null, kind: OrganizationKind | null, country: { code: string } | null, licence: { number: string, validUntil: string | null, country: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type RecruitmentLinkAgencyMutationVariables = Exact<{
  input: LinkRecruitmentAgencyInput;
  key: string;
}>;


export type RecruitmentLinkAgencyMutation = { linkRecruitmentAgency: { channel: { id: string, since: string, until: string | null, agency: { id: string } | null, corridor: { fromCountry: { code: string }, toCountry: { code: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type RecruitmentEndAgencyLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type RecruitmentEndAgencyLinkMutation = { endRecruitmentAgencyLink: { channel: { id: string, until: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type RecruitmentChannelsOfFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type RecruitmentChannelsOfFacilityQuery = { facility: { recruitmentAgencies: Array<{ id: string, agency: { id: string, kind: OrganizationKind | null } | null }> | null } | null };

export type SupplierRegistryFacilitiesQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
}>;


export type SupplierRegistryFacilitiesQuery = { facilities: { totalCount: number, edges: Array<{ node: { id: string, name: string | null } }> } | null };

export type SupplierRegistryFacilityIdQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierRegistryFacilityIdQuery = { facility: { id: string } | null };

export type SupplierRegistryFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierRegistryFacilityQuery = { facility: { id: string, name: string | null, status: FacilityStatus | null, sectors: Array<string> | null } | null };

export type SupplierRegistrySupplyChainQueryVariables = Exact<{
  id: string | number;
  filter?: SupplyChainFilter | null | undefined;
}>;


export type SupplierRegistrySupplyChainQuery = { organization: { supplyChain: { totalCount: number, edges: Array<{ node: { tier: number, facility: { name: string | null } } }> } | null } | null };

export type SupplierRegistryBuyersQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierRegistryBuyersQuery = { facility: { buyers: Array<{ publiclyDisclosed: boolean, buyer: { id: string } }> | null, owner: { id: string } | null } | null };

export type SupplierRegistryCambodianFacilitiesQueryVariables = Exact<{
  first: number;
}>;


export type SupplierRegistryCambodianFacilitiesQuery = { facilities: { totalCount: number, edges: Array<{ node: { id: string, owner: { name: string | null } | null, buyers: Array<{ tier: number, buyer: { name: string | null } }> | null } }> } | null };

export type SupplyChainOfBrandQueryVariables = Exact<{
  id: string | number;
  status?: Array<SupplyChainLinkStatus> | SupplyChainLinkStatus | null | undefined;
}>;


export type SupplyChainOfBrandQuery = { organization: { supplyChain: { edges: Array<{ node: { id: string, status: SupplyChainLinkStatus } }> } | null } | null };

export type SupplyChainBuyersOfFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplyChainBuyersOfFacilityQuery = { facility: { buyers: Array<{ id: string, status: SupplyChainLinkStatus }> | null } | null };

export type SupplyChainTreeOfBrandQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SupplyChainTreeOfBrandQuery = { organization: { supplyChainTree: { nodeCount: number, truncated: boolean, roots: Array<{ tier: number, suppliers: Array<{ tier: number, suppliers: Array<{ tier: number, suppliers: Array<{ tier: number }>, facility: { id: string, name: string | null }, link: { id: string, status: SupplyChainLinkStatus } }>, facility: { id: string, name: string | null }, link: { id: string, status: SupplyChainLinkStatus } }>, facility: { id: string, name: string | null }, link: { id: string, status: SupplyChainLinkStatus } }> } | null } | null };

export type SupplyChainTreeNodeFieldsFragment = { tier: number, facility: { id: string, name: string | null }, link: { id: string, status: SupplyChainLinkStatus } };

export type SupplyChainLinkFieldsFragment = { id: string, tier: number, status: SupplyChainLinkStatus, since: string, proposedBy: SupplyChainSide | null, endedOn: string | null, endedBy: SupplyChainSide | null, endReason: string | null, buyer: { id: string }, facility: { id: string }, suppliesFacility: { id: string } | null, pendingTierChange: { tier: number, proposedBy: SupplyChainSide, suppliesFacility: { id: string } | null } | null };

export type SupplyChainProposeMutationVariables = Exact<{
  input: ProposeSupplyChainLinkInput;
  key: string;
}>;


export type SupplyChainProposeMutation = { proposeSupplyChainLink: { link: { id: string, tier: number, status: SupplyChainLinkStatus, since: string, proposedBy: SupplyChainSide | null, endedOn: string | null, endedBy: SupplyChainSide | null, endReason: string | null, buyer: { id: string }, facility: { id: string }, suppliesFacility: { id: string } | null, pendingTierChange: { tier: number, proposedBy: SupplyChainSide, suppliesFacility: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplyChainConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type SupplyChainConfirmMutation = { confirmSupplyChainLink: { link: { id: string, tier: number, status: SupplyChainLinkStatus, since: string, proposedBy: SupplyChainSide | null, endedOn: string | null, endedBy: SupplyChainSide | null, endReason: string | null, buyer: { id: string }, facility: { id: string }, suppliesFacility: { id: string } | null, pendingTierChange: { tier: number, proposedBy: SupplyChainSide, suppliesFacility: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplyChainDeclineMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type SupplyChainDeclineMutation = { declineSupplyChainLink: { link: { id: string, tier: number, status: SupplyChainLinkStatus, since: string, proposedBy: SupplyChainSide | null, endedOn: string | null, endedBy: SupplyChainSide | null, endReason: string | null, buyer: { id: string }, facility: { id: string }, suppliesFacility: { id: string } | null, pendingTierChange: { tier: number, proposedBy: SupplyChainSide, suppliesFacility: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplyChainEndMutationVariables = Exact<{
  input: EndSupplyChainLinkInput;
}>;


export type SupplyChainEndMutation = { endSupplyChainLink: { link: { id: string, tier: number, status: SupplyChainLinkStatus, since: string, proposedBy: SupplyChainSide | null, endedOn: string | null, endedBy: SupplyChainSide | null, endReason: string | null, buyer: { id: string }, facility: { id: string }, suppliesFacility: { id: string } | null, pendingTierChange: { tier: number, proposedBy: SupplyChainSide, suppliesFacility: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

export type SupplyChainChangeTierMutationVariables = Exact<{
  input: ChangeSupplyChainTierInput;
}>;


export type SupplyChainChangeTierMutation = { changeSupplyChainTier: { link: { id: string, tier: number, status: SupplyChainLinkStatus, since: string, proposedBy: SupplyChainSide | null, endedOn: string | null, endedBy: SupplyChainSide | null, endReason: string | null, buyer: { id: string }, facility: { id: string }, suppliesFacility: { id: string } | null, pendingTierChange: { tier: number, proposedBy: SupplyChainSide, suppliesFacility: { id: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } | null };

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
export const AgreementTestStepFragmentDoc = new TypedDocumentString(`
    fragment AgreementTestStep on MechanismStep {
  name
  kind
  within {
    count
    unit
  }
  after
  escalatesTo
  citation
}
    `, {"fragmentName":"AgreementTestStep"}) as unknown as TypedDocumentString<AgreementTestStepFragment, unknown>;
export const AgreementTestFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}
    `, {"fragmentName":"AgreementTestFields"}) as unknown as TypedDocumentString<AgreementTestFieldsFragment, unknown>;
export const AgreementTestPayloadFragmentDoc = new TypedDocumentString(`
    fragment AgreementTestPayload on AgreementPayload {
  agreement {
    ...AgreementTestFields
  }
  userErrors {
    code
    message
    field
  }
}
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}`, {"fragmentName":"AgreementTestPayload"}) as unknown as TypedDocumentString<AgreementTestPayloadFragment, unknown>;
export const AuditCrossBorderEntriesFragmentDoc = new TypedDocumentString(`
    fragment AuditCrossBorderEntries on AuditEntryConnection {
  totalCount
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
      detail
      clause {
        category
        from
        to
        agreementIds
      }
    }
  }
}
    `, {"fragmentName":"AuditCrossBorderEntries"}) as unknown as TypedDocumentString<AuditCrossBorderEntriesFragment, unknown>;
export const DialogueCaseTextFragmentDoc = new TypedDocumentString(`
    fragment DialogueCaseText on Grievance {
  id
  version
  dialogue {
    id
    at
    direction
    text
    template
    inReplyTo
    askedBy {
      id
    }
  }
  timeline {
    kind
    note
    public
  }
}
    `, {"fragmentName":"DialogueCaseText"}) as unknown as TypedDocumentString<DialogueCaseTextFragment, unknown>;
export const EmployerViewCaseFragmentDoc = new TypedDocumentString(`
    fragment EmployerViewCase on Grievance {
  id
  areas
  status
  filedAt
  handlerSummary
  trackingCode
  summary
  description
  contact
  complainantIdentity
}
    `, {"fragmentName":"EmployerViewCase"}) as unknown as TypedDocumentString<EmployerViewCaseFragment, unknown>;
export const JurisdictionCaseFragmentDoc = new TypedDocumentString(`
    fragment JurisdictionCase on Grievance {
  id
  version
  facility {
    id
  }
  facilityCountry {
    code
  }
  handlerKind
  handler {
    id
  }
  pendingTransfer {
    facility {
      id
    }
    country {
      code
    }
    requestedByRole
    requestedBy {
      id
    }
    note
  }
}
    `, {"fragmentName":"JurisdictionCase"}) as unknown as TypedDocumentString<JurisdictionCaseFragment, unknown>;
export const SuppressionStatsRowFragmentDoc = new TypedDocumentString(`
    fragment SuppressionStatsRow on GrievanceStatsRow {
  country {
    code
  }
  area
  status
  filedBy
  month
  cases
  open
  overdue
  suppressed
}
    `, {"fragmentName":"SuppressionStatsRow"}) as unknown as TypedDocumentString<SuppressionStatsRowFragment, unknown>;
export const ComplianceWithBasisFragmentDoc = new TypedDocumentString(`
    fragment ComplianceWithBasis on FacilityCompliance {
  score
  grade
  basis {
    inspections
    from
    to
    publicInspections
    nonPublicInspections
    byKind {
      kind
      inspections
    }
  }
}
    `, {"fragmentName":"ComplianceWithBasis"}) as unknown as TypedDocumentString<ComplianceWithBasisFragment, unknown>;
export const ReportAccessRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportAccessRequestFields on ReportAccessRequest {
  id
  status
  message
  note
  facility {
    id
  }
  inspection {
    id
  }
  requestedBy {
    id
  }
  decidedBy {
    id
  }
  grants {
    active
    inspection {
      id
    }
  }
}
    `, {"fragmentName":"ReportAccessRequestFields"}) as unknown as TypedDocumentString<ReportAccessRequestFieldsFragment, unknown>;
export const PermissionsAuditPageFragmentDoc = new TypedDocumentString(`
    fragment PermissionsAuditPage on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
    }
  }
}
    `, {"fragmentName":"PermissionsAuditPage"}) as unknown as TypedDocumentString<PermissionsAuditPageFragment, unknown>;
export const GrievanceAggregatesSummaryFragmentDoc = new TypedDocumentString(`
    fragment GrievanceAggregatesSummary on GrievanceSummary {
  open
  overdue
  resolved
  suppressed
  byArea {
    area
    open
    suppressed
  }
}
    `, {"fragmentName":"GrievanceAggregatesSummary"}) as unknown as TypedDocumentString<GrievanceAggregatesSummaryFragment, unknown>;
export const GrievanceJurisdictionFieldsFragmentDoc = new TypedDocumentString(`
    fragment GrievanceJurisdictionFields on Grievance {
  id
  trackingCode
  summary
  handlerSummary
}
    `, {"fragmentName":"GrievanceJurisdictionFields"}) as unknown as TypedDocumentString<GrievanceJurisdictionFieldsFragment, unknown>;
export const PermissionsGrievanceCaseFragmentDoc = new TypedDocumentString(`
    fragment PermissionsGrievanceCase on Grievance {
  id
  complainantIdentity
  contact
  description
  dialogue {
    id
  }
}
    `, {"fragmentName":"PermissionsGrievanceCase"}) as unknown as TypedDocumentString<PermissionsGrievanceCaseFragment, unknown>;
export const SupplierImportDecisionFragmentDoc = new TypedDocumentString(`
    fragment SupplierImportDecision on FacilityMatchDecisionPayload {
  row {
    id
    outcome
    resolution
    facility {
      id
      name
    }
  }
  facility {
    id
  }
  userErrors {
    code
    message
    field
  }
}
    `, {"fragmentName":"SupplierImportDecision"}) as unknown as TypedDocumentString<SupplierImportDecisionFragment, unknown>;
export const SuppliersProvenanceContributorFragmentDoc = new TypedDocumentString(`
    fragment SuppliersProvenanceContributor on Contributor {
  kind
  anonymous
  organization {
    id
  }
}
    `, {"fragmentName":"SuppliersProvenanceContributor"}) as unknown as TypedDocumentString<SuppliersProvenanceContributorFragment, unknown>;
export const SupplyChainTreeNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplyChainTreeNodeFields on SupplyChainNode {
  tier
  facility {
    id
    name
  }
  link {
    id
    status
  }
}
    `, {"fragmentName":"SupplyChainTreeNodeFields"}) as unknown as TypedDocumentString<SupplyChainTreeNodeFieldsFragment, unknown>;
export const SupplyChainLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplyChainLinkFields on SupplyChainLink {
  id
  tier
  status
  since
  proposedBy
  endedOn
  endedBy
  endReason
  buyer {
    id
  }
  facility {
    id
  }
  suppliesFacility {
    id
  }
  pendingTierChange {
    tier
    proposedBy
    suppliesFacility {
      id
    }
  }
}
    `, {"fragmentName":"SupplyChainLinkFields"}) as unknown as TypedDocumentString<SupplyChainLinkFieldsFragment, unknown>;
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
export const AgreementCooperationDocument = new TypedDocumentString(`
    query AgreementCooperation($a: String!, $b: String!, $aCode: ID!, $bCode: ID!) {
  agreements(filter: {countries: [$a, $b]}) {
    totalCount
    edges {
      node {
        id
        title
        status
        sharingClauses {
          category
          recipients {
            country {
              code
            }
          }
        }
      }
    }
  }
  country(code: $aCode) {
    name
    categoriesReceivedFrom(country: $bCode)
    receivesFrom(category: GRIEVANCE_CASES) {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationQuery, AgreementCooperationQueryVariables>;
export const AgreementCooperationCountDocument = new TypedDocumentString(`
    query AgreementCooperationCount($filter: AgreementFilter) {
  agreements(filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationCountQuery, AgreementCooperationCountQueryVariables>;
export const AgreementCooperationTitlesDocument = new TypedDocumentString(`
    query AgreementCooperationTitles($filter: AgreementFilter) {
  agreements(filter: $filter) {
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationTitlesQuery, AgreementCooperationTitlesQueryVariables>;
export const AgreementCooperationAgreementDocument = new TypedDocumentString(`
    query AgreementCooperationAgreement($id: ID!) {
  agreement(id: $id) {
    title
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationAgreementQuery, AgreementCooperationAgreementQueryVariables>;
export const AgreementCooperationSharingDocument = new TypedDocumentString(`
    query AgreementCooperationSharing {
  bd: country(code: "BD") {
    sharingPartners {
      category
      receivesFrom {
        code
      }
      sharesWith {
        code
      }
    }
  }
  partners: sharingPartners(country: "VN", category: GRIEVANCE_CASES) {
    code
  }
  grants: sharingGrants(filter: {to: "NL"}) {
    category
    from {
      code
    }
    to {
      code
    }
    agreement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationSharingQuery, AgreementCooperationSharingQueryVariables>;
export const AgreementCooperationUnknownPartnersDocument = new TypedDocumentString(`
    query AgreementCooperationUnknownPartners {
  sharingPartners(country: "XX", category: GRIEVANCE_CASES) {
    code
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationUnknownPartnersQuery, AgreementCooperationUnknownPartnersQueryVariables>;
export const AgreementCooperationFundamentalDocument = new TypedDocumentString(`
    query AgreementCooperationFundamental {
  conventions(filter: {category: [FUNDAMENTAL]}) {
    totalCount
    edges {
      node {
        code
        title
        category
        areas
        supplements {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationFundamentalQuery, AgreementCooperationFundamentalQueryVariables>;
export const AgreementCooperationCountriesDocument = new TypedDocumentString(`
    query AgreementCooperationCountries {
  us: country(code: "us") {
    code
    name
    region
    hasRatified(code: "C087")
    ratifications {
      convention {
        code
      }
      status
      dateCertain
    }
  }
  europe: countries(filter: {region: EUROPE}, first: 2) {
    totalCount
    edges {
      node {
        code
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  nowhere: country(code: "XX") {
    name
  }
  c087: convention(code: "C087") {
    ratifications(status: [IN_FORCE]) {
      country {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementCooperationCountriesQuery, AgreementCooperationCountriesQueryVariables>;
export const AgreementDemoRapidResponseDocument = new TypedDocumentString(`
    query AgreementDemoRapidResponse {
  agreements(filter: {countries: ["US", "MX"], provision: GRIEVANCE_MECHANISM}) {
    edges {
      node {
        kind
        status
        inForceFrom
        grievanceMechanism {
          name
          citation
          secretariat {
            id
          }
          steps {
            ...AgreementTestStep
          }
          acknowledgeWithinDays
          respondWithinDays
          reviewSteps {
            name
            withinDays
            after
          }
        }
      }
    }
  }
  rules: grievanceRulesOf(agreementId: "agr-usmca-labour-chapter") {
    applies
    rules {
      mechanism
      secretariat {
        id
      }
      steps {
        name
      }
    }
  }
  suspended: grievanceRulesOf(agreementId: "agr-kh-fr-garment") {
    applies
    reason
  }
}
    fragment AgreementTestStep on MechanismStep {
  name
  kind
  within {
    count
    unit
  }
  after
  escalatesTo
  citation
}`) as unknown as TypedDocumentString<AgreementDemoRapidResponseQuery, AgreementDemoRapidResponseQueryVariables>;
export const AgreementDemoExchangesDocument = new TypedDocumentString(`
    query AgreementDemoExchanges {
  nl: country(code: "NL") {
    fromBangladesh: categoriesReceivedFrom(country: "BD")
  }
  bd: country(code: "BD") {
    fromNetherlands: categoriesReceivedFrom(country: "NL")
  }
  fr: country(code: "FR") {
    fromCambodia: categoriesReceivedFrom(country: "KH")
  }
  de: country(code: "DE") {
    fromTurkiye: categoriesReceivedFrom(country: "TR")
  }
  accord: agreements(filter: {kind: [ENFORCEABLE_BRAND_AGREEMENT]}) {
    edges {
      node {
        grievanceMechanism {
          acknowledgeWithinDays
          respondWithinDays
        }
      }
    }
  }
  gfa: agreements(
    filter: {organization: "org-global-industrial-workers-federation", kind: [GLOBAL_FRAMEWORK_AGREEMENT]}
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AgreementDemoExchangesQuery, AgreementDemoExchangesQueryVariables>;
export const AgreementDemoCountDocument = new TypedDocumentString(`
    query AgreementDemoCount {
  agreements(first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AgreementDemoCountQuery, AgreementDemoCountQueryVariables>;
export const AgreementGrievanceRulesOfDocument = new TypedDocumentString(`
    query AgreementGrievanceRulesOf($id: ID!) {
  grievanceRulesOf(agreementId: $id) {
    agreement {
      id
      status
    }
    applies
    reason
    rules {
      mechanism
      source
      agreement {
        id
      }
      country {
        code
      }
      citation
      secretariat {
        id
      }
      steps {
        ...AgreementTestStep
      }
      retaliationSteps {
        name
      }
    }
  }
}
    fragment AgreementTestStep on MechanismStep {
  name
  kind
  within {
    count
    unit
  }
  after
  escalatesTo
  citation
}`) as unknown as TypedDocumentString<AgreementGrievanceRulesOfQuery, AgreementGrievanceRulesOfQueryVariables>;
export const AgreementStatutoryGrievanceRulesDocument = new TypedDocumentString(`
    query AgreementStatutoryGrievanceRules($countries: [String!]) {
  statutoryGrievanceRules(countries: $countries) {
    mechanism
    source
    agreement {
      id
    }
    country {
      code
    }
    citation
    secretariat {
      id
    }
    steps {
      name
      kind
      within {
        count
        unit
      }
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementStatutoryGrievanceRulesQuery, AgreementStatutoryGrievanceRulesQueryVariables>;
export const AgreementListingAgreementsDocument = new TypedDocumentString(`
    query AgreementListingAgreements($first: Int!) {
  list: agreements(first: $first, filter: {kind: [ENFORCEABLE_BRAND_AGREEMENT]}) {
    edges {
      node {
        id
        title
        status
        signedOn
        allowedTransitions
        parties {
          role
          since
          country {
            code
            name
            hasRatified(code: "C087")
          }
          organization {
            id
          }
        }
        conventions {
          code
          title
          areas
        }
        provisions {
          kind
        }
        sharingClauses {
          category
          recipients {
            role
            organization {
              id
            }
          }
        }
        statusHistory {
          status
          on
        }
        amendments {
          adoptedOn
        }
        grievanceMechanism {
          name
          reviewSteps {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementListingAgreementsQuery, AgreementListingAgreementsQueryVariables>;
export const AgreementListingCountriesDocument = new TypedDocumentString(`
    query AgreementListingCountries($first: Int!, $codes: [String!]) {
  list: countries(first: $first, filter: {codes: $codes}) {
    edges {
      node {
        code
        agreements {
          title
          parties {
            role
          }
        }
        ratifications {
          status
        }
        receivesFrom(category: INSPECTION_FINDINGS) {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementListingCountriesQuery, AgreementListingCountriesQueryVariables>;
export const AgreementMechanismOfDocument = new TypedDocumentString(`
    query AgreementMechanismOf($id: ID!) {
  agreement(id: $id) {
    version
    grievanceMechanism {
      name
      citation
      secretariat {
        id
      }
      steps {
        ...AgreementTestStep
      }
      retaliationSteps {
        ...AgreementTestStep
      }
      acknowledgeWithinDays
      respondWithinDays
      respondWithinMonths
      respondAfter
      reviewSteps {
        name
        withinDays
        after
      }
    }
  }
}
    fragment AgreementTestStep on MechanismStep {
  name
  kind
  within {
    count
    unit
  }
  after
  escalatesTo
  citation
}`) as unknown as TypedDocumentString<AgreementMechanismOfQuery, AgreementMechanismOfQueryVariables>;
export const AgreementTestCreateDocument = new TypedDocumentString(`
    mutation AgreementTestCreate($input: CreateAgreementInput!, $key: String!) {
  createAgreement(input: $input, idempotencyKey: $key) {
    ...AgreementTestPayload
  }
}
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}
fragment AgreementTestPayload on AgreementPayload {
  agreement {
    ...AgreementTestFields
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<AgreementTestCreateMutation, AgreementTestCreateMutationVariables>;
export const AgreementTestAmendDocument = new TypedDocumentString(`
    mutation AgreementTestAmend($input: AmendAgreementInput!, $key: String!) {
  amendAgreement(input: $input, idempotencyKey: $key) {
    ...AgreementTestPayload
  }
}
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}
fragment AgreementTestPayload on AgreementPayload {
  agreement {
    ...AgreementTestFields
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<AgreementTestAmendMutation, AgreementTestAmendMutationVariables>;
export const AgreementTestAddPartyDocument = new TypedDocumentString(`
    mutation AgreementTestAddParty($input: AddAgreementPartyInput!, $key: String!) {
  addAgreementParty(input: $input, idempotencyKey: $key) {
    ...AgreementTestPayload
  }
}
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}
fragment AgreementTestPayload on AgreementPayload {
  agreement {
    ...AgreementTestFields
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<AgreementTestAddPartyMutation, AgreementTestAddPartyMutationVariables>;
export const AgreementTestAddSharingClauseDocument = new TypedDocumentString(`
    mutation AgreementTestAddSharingClause($input: AddSharingClauseInput!, $key: String!) {
  addSharingClause(input: $input, idempotencyKey: $key) {
    ...AgreementTestPayload
  }
}
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}
fragment AgreementTestPayload on AgreementPayload {
  agreement {
    ...AgreementTestFields
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<AgreementTestAddSharingClauseMutation, AgreementTestAddSharingClauseMutationVariables>;
export const AgreementTestChangeStatusDocument = new TypedDocumentString(`
    mutation AgreementTestChangeStatus($input: ChangeAgreementStatusInput!, $key: String!) {
  changeAgreementStatus(input: $input, idempotencyKey: $key) {
    ...AgreementTestPayload
  }
}
    fragment AgreementTestFields on Agreement {
  id
  title
  kind
  status
  statusSince
  version
  draftedOn
  signedOn
  inForceFrom
  endedOn
  expiresOn
  allowedTransitions
  parties {
    role
    since
    country {
      code
    }
    organization {
      id
    }
  }
  conventions {
    code
  }
  provisions {
    kind
    article
  }
  sharingClauses {
    category
    recipients {
      country {
        code
      }
      organization {
        id
      }
    }
  }
  statusHistory {
    status
    on
    note
  }
  grievanceMechanism {
    name
    acknowledgeWithinDays
    respondWithinDays
    respondAfter
    reviewSteps {
      name
      withinDays
      after
    }
  }
}
fragment AgreementTestPayload on AgreementPayload {
  agreement {
    ...AgreementTestFields
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<AgreementTestChangeStatusMutation, AgreementTestChangeStatusMutationVariables>;
export const AgreementTestRecordRatificationDocument = new TypedDocumentString(`
    mutation AgreementTestRecordRatification($input: RecordRatificationInput!, $key: String!) {
  recordRatification(input: $input, idempotencyKey: $key) {
    ratification {
      status
      date
      statusSince
      dateCertain
      source
      country {
        code
      }
      convention {
        code
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementTestRecordRatificationMutation, AgreementTestRecordRatificationMutationVariables>;
export const AgreementTermsGrievancePartnersDocument = new TypedDocumentString(`
    query AgreementTermsGrievancePartners {
  sharingPartners(country: "NL", category: GRIEVANCE_CASES) {
    code
  }
}
    `) as unknown as TypedDocumentString<AgreementTermsGrievancePartnersQuery, AgreementTermsGrievancePartnersQueryVariables>;
export const AgreementTermsRatificationsDocument = new TypedDocumentString(`
    query AgreementTermsRatifications($country: ID!) {
  country(code: $country) {
    hasRatified(code: "C087")
    ratifications {
      convention {
        code
      }
      status
      date
      statusSince
      source
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementTermsRatificationsQuery, AgreementTermsRatificationsQueryVariables>;
export const AuditCrossBorderInspectionDocument = new TypedDocumentString(`
    query AuditCrossBorderInspection($id: ID!) {
  inspection(id: $id) {
    id
    findings {
      id
      severity
      correctiveActions {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCrossBorderInspectionQuery, AuditCrossBorderInspectionQueryVariables>;
export const AuditCrossBorderInspectionsDocument = new TypedDocumentString(`
    query AuditCrossBorderInspections($first: Int!) {
  inspections(first: $first, filter: {countries: ["BD"]}) {
    edges {
      node {
        id
        findings {
          severity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCrossBorderInspectionsQuery, AuditCrossBorderInspectionsQueryVariables>;
export const AuditCrossBorderCasesDocument = new TypedDocumentString(`
    query AuditCrossBorderCases {
  grievances(first: 20) {
    edges {
      node {
        id
        status
        areas
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCrossBorderCasesQuery, AuditCrossBorderCasesQueryVariables>;
export const AuditCrossBorderSupplyChainDocument = new TypedDocumentString(`
    query AuditCrossBorderSupplyChain($brand: ID!) {
  organization(id: $brand) {
    supplyChain(first: 20) {
      edges {
        node {
          id
          publiclyDisclosed
          facility {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCrossBorderSupplyChainQuery, AuditCrossBorderSupplyChainQueryVariables>;
export const AuditCrossBorderBoughtFromDocument = new TypedDocumentString(`
    query AuditCrossBorderBoughtFrom($brand: ID!) {
  facilities(first: 20, filter: {buyer: $brand}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCrossBorderBoughtFromQuery, AuditCrossBorderBoughtFromQueryVariables>;
export const AuditCrossBorderInspectionsTrailDocument = new TypedDocumentString(`
    query AuditCrossBorderInspectionsTrail($filter: AuditTrailFilter) {
  auditTrail {
    inspections(first: 100, filter: $filter) {
      ...AuditCrossBorderEntries
    }
  }
}
    fragment AuditCrossBorderEntries on AuditEntryConnection {
  totalCount
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
      detail
      clause {
        category
        from
        to
        agreementIds
      }
    }
  }
}`) as unknown as TypedDocumentString<AuditCrossBorderInspectionsTrailQuery, AuditCrossBorderInspectionsTrailQueryVariables>;
export const AuditCrossBorderGrievancesTrailDocument = new TypedDocumentString(`
    query AuditCrossBorderGrievancesTrail($filter: AuditTrailFilter) {
  auditTrail {
    grievances(first: 100, filter: $filter) {
      ...AuditCrossBorderEntries
    }
  }
}
    fragment AuditCrossBorderEntries on AuditEntryConnection {
  totalCount
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
      detail
      clause {
        category
        from
        to
        agreementIds
      }
    }
  }
}`) as unknown as TypedDocumentString<AuditCrossBorderGrievancesTrailQuery, AuditCrossBorderGrievancesTrailQueryVariables>;
export const AuditCrossBorderSuppliersTrailDocument = new TypedDocumentString(`
    query AuditCrossBorderSuppliersTrail($filter: AuditTrailFilter) {
  auditTrail {
    suppliers(first: 100, filter: $filter) {
      ...AuditCrossBorderEntries
    }
  }
}
    fragment AuditCrossBorderEntries on AuditEntryConnection {
  totalCount
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
      detail
      clause {
        category
        from
        to
        agreementIds
      }
    }
  }
}`) as unknown as TypedDocumentString<AuditCrossBorderSuppliersTrailQuery, AuditCrossBorderSuppliersTrailQueryVariables>;
export const AuditEvidenceReadDocument = new TypedDocumentString(`
    query AuditEvidenceRead($id: ID!) {
  inspection(id: $id) {
    id
    findings {
      id
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEvidenceReadQuery, AuditEvidenceReadQueryVariables>;
export const AuditEvidenceReadTwiceDocument = new TypedDocumentString(`
    query AuditEvidenceReadTwice($id: ID!) {
  first: inspection(id: $id) {
    findings {
      evidence
    }
  }
  again: inspection(id: $id) {
    findings {
      id
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEvidenceReadTwiceQuery, AuditEvidenceReadTwiceQueryVariables>;
export const AuditEvidenceListDocument = new TypedDocumentString(`
    query AuditEvidenceList($first: Int!, $withEvidence: Boolean!) {
  inspections(first: $first) {
    edges {
      node {
        id
        findings {
          id
          severity
          evidence @include(if: $withEvidence)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEvidenceListQuery, AuditEvidenceListQueryVariables>;
export const AuditEvidenceTrailDocument = new TypedDocumentString(`
    query AuditEvidenceTrail($filter: AuditTrailFilter) {
  auditTrail {
    inspections(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          subject
          organizationId
          role
          operation
          target
          country
          detail
          clause {
            category
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEvidenceTrailQuery, AuditEvidenceTrailQueryVariables>;
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
        areas
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
export const EventsEmittedMergeDocument = new TypedDocumentString(`
    mutation EventsEmittedMerge($survivor: ID!, $duplicate: ID!) {
  mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
    mergedId
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventsEmittedMergeMutation, EventsEmittedMergeMutationVariables>;
export const EventsEmittedSubmitInspectionDocument = new TypedDocumentString(`
    mutation EventsEmittedSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      findings(first: 5) {
        id
        area
        severity
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventsEmittedSubmitInspectionMutation, EventsEmittedSubmitInspectionMutationVariables>;
export const EventsEmittedPublishDocument = new TypedDocumentString(`
    mutation EventsEmittedPublish($id: ID!) {
  publishInspection(id: $id) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventsEmittedPublishMutation, EventsEmittedPublishMutationVariables>;
export const EventsEmittedDiscloseDocument = new TypedDocumentString(`
    mutation EventsEmittedDisclose($input: ChangeDisclosureInput!) {
  changeDisclosure(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventsEmittedDiscloseMutation, EventsEmittedDiscloseMutationVariables>;
export const EventsEmittedEscalateDocument = new TypedDocumentString(`
    mutation EventsEmittedEscalate($id: ID!, $version: Int!) {
  escalateGrievance(id: $id, to: REGULATOR, expectedVersion: $version) {
    grievance {
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventsEmittedEscalateMutation, EventsEmittedEscalateMutationVariables>;
export const EventsEmittedWithdrawDocument = new TypedDocumentString(`
    mutation EventsEmittedWithdraw($code: String!) {
  withdrawGrievance(trackingCode: $code) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EventsEmittedWithdrawMutation, EventsEmittedWithdrawMutationVariables>;
export const FacilityMergeRunDocument = new TypedDocumentString(`
    mutation FacilityMergeRun($survivor: ID!, $duplicate: ID!) {
  mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityMergeRunMutation, FacilityMergeRunMutationVariables>;
export const FacilityMergeHistoryDocument = new TypedDocumentString(`
    query FacilityMergeHistory($id: ID!) {
  facility(id: $id) {
    id
    compliance {
      score
      openFindings
      overdueCorrectiveActions
    }
    inspections(first: 10) {
      totalCount
    }
    grievanceSummary {
      open
      suppressed
    }
    grievances(first: 10) {
      totalCount
      edges {
        node {
          id
          timeline {
            kind
            public
            note
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityMergeHistoryQuery, FacilityMergeHistoryQueryVariables>;
export const FacilityMergeFollowDocument = new TypedDocumentString(`
    query FacilityMergeFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    timeline {
      status
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityMergeFollowQuery, FacilityMergeFollowQueryVariables>;
export const LiveEventsPublishDocument = new TypedDocumentString(`
    mutation LiveEventsPublish($id: ID!) {
  publishInspection(id: $id) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LiveEventsPublishMutation, LiveEventsPublishMutationVariables>;
export const MovesOverdueMoveDocument = new TypedDocumentString(`
    mutation MovesOverdueMove($facility: ID!, $successor: ID!) {
  recordFacilityMove(facilityId: $facility, successorId: $successor) {
    facility {
      id
      status
      movedTo
    }
    successor {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<MovesOverdueMoveMutation, MovesOverdueMoveMutationVariables>;
export const MovesOverdueMergeDocument = new TypedDocumentString(`
    mutation MovesOverdueMerge($survivor: ID!, $duplicate: ID!) {
  mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MovesOverdueMergeMutation, MovesOverdueMergeMutationVariables>;
export const MovesOverdueUpdateActionDocument = new TypedDocumentString(`
    mutation MovesOverdueUpdateAction($input: UpdateCorrectiveActionInput!) {
  updateCorrectiveAction(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MovesOverdueUpdateActionMutation, MovesOverdueUpdateActionMutationVariables>;
export const WebhooksListDocument = new TypedDocumentString(`
    query WebhooksList {
  webhookSubscriptions {
    totalCount
    edges {
      node {
        id
        status
        pendingDeliveries
        deadDeliveries
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksListQuery, WebhooksListQueryVariables>;
export const WebhooksManageDocument = new TypedDocumentString(`
    mutation WebhooksManage($id: ID!) {
  pauseWebhookSubscription(id: $id) {
    subscription {
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksManageMutation, WebhooksManageMutationVariables>;
export const WebhooksResumeDocument = new TypedDocumentString(`
    mutation WebhooksResume($id: ID!) {
  resumeWebhookSubscription(id: $id) {
    subscription {
      status
      pendingDeliveries
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksResumeMutation, WebhooksResumeMutationVariables>;
export const WebhooksRotateDocument = new TypedDocumentString(`
    mutation WebhooksRotate($id: ID!) {
  rotateWebhookSecret(id: $id) {
    secret
    subscription {
      secretRotatedAt
      previousSecretValidUntil
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksRotateMutation, WebhooksRotateMutationVariables>;
export const WebhooksDeleteDocument = new TypedDocumentString(`
    mutation WebhooksDelete($id: ID!) {
  deleteWebhookSubscription(id: $id) {
    deletedId
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeleteMutation, WebhooksDeleteMutationVariables>;
export const WebhooksDeadLettersDocument = new TypedDocumentString(`
    query WebhooksDeadLetters($id: ID!) {
  webhookDeliveries(filter: {subscriptionId: $id, status: DEAD}) {
    totalCount
    edges {
      node {
        id
        eventId
        attempts
        lastStatusCode
        lastError
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeadLettersQuery, WebhooksDeadLettersQueryVariables>;
export const WebhooksRedeliverDocument = new TypedDocumentString(`
    mutation WebhooksRedeliver($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    delivery {
      status
      attempts
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksRedeliverMutation, WebhooksRedeliverMutationVariables>;
export const WebhooksCreateDocument = new TypedDocumentString(`
    mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!, $key: String!) {
  createWebhookSubscription(input: $input, idempotencyKey: $key) {
    subscription {
      id
      url
      events
      status
      filter {
        countries
        facilities
        areas
      }
    }
    secret
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const WebhooksSubmitInspectionDocument = new TypedDocumentString(`
    mutation WebhooksSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksSubmitInspectionMutation, WebhooksSubmitInspectionMutationVariables>;
export const WebhooksPublishDocument = new TypedDocumentString(`
    mutation WebhooksPublish($id: ID!) {
  publishInspection(id: $id) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksPublishMutation, WebhooksPublishMutationVariables>;
export const SubmitInspectionOfFacilityDocument = new TypedDocumentString(`
    mutation SubmitInspectionOfFacility($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitInspectionOfFacilityMutation, SubmitInspectionOfFacilityMutationVariables>;
export const FacilityReferenceFilingDocument = new TypedDocumentString(`
    mutation FacilityReferenceFiling($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) {
    grievance {
      id
      facilityVerified
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityReferenceFilingMutation, FacilityReferenceFilingMutationVariables>;
export const FacilityReferenceHandlerViewDocument = new TypedDocumentString(`
    query FacilityReferenceHandlerView($id: ID!) {
  grievance(id: $id) {
    facilityVerified
    timeline {
      kind
      note
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityReferenceHandlerViewQuery, FacilityReferenceHandlerViewQueryVariables>;
export const GatewayViewerRoleDocument = new TypedDocumentString(`
    query GatewayViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<GatewayViewerRoleQuery, GatewayViewerRoleQueryVariables>;
export const GatewayOversizedPageDocument = new TypedDocumentString(`
    query GatewayOversizedPage {
  facilities(first: 1000) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GatewayOversizedPageQuery, GatewayOversizedPageQueryVariables>;
export const GatewayTooDeepDocument = new TypedDocumentString(`
    query GatewayTooDeep {
  facilities(first: 1) {
    edges {
      node {
        owner {
          facilities {
            edges {
              node {
                owner {
                  facilities {
                    edges {
                      node {
                        owner {
                          facilities {
                            edges {
                              node {
                                id
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GatewayTooDeepQuery, GatewayTooDeepQueryVariables>;
export const AnonymousCallerLimitStatusDocument = new TypedDocumentString(`
    query AnonymousCallerLimitStatus($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    status
  }
}
    `) as unknown as TypedDocumentString<AnonymousCallerLimitStatusQuery, AnonymousCallerLimitStatusQueryVariables>;
export const AnonymousWorkerFollowDocument = new TypedDocumentString(`
    query AnonymousWorkerFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    status
    statusName
    message
    language
    nextDeadline
    overdue
    timeline {
      at
      status
      message
      note
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerFollowQuery, AnonymousWorkerFollowQueryVariables>;
export const AnonymousWorkerWithdrawDocument = new TypedDocumentString(`
    mutation AnonymousWorkerWithdraw($code: String!, $secret: String, $reason: String) {
  withdrawGrievance(trackingCode: $code, secret: $secret, reason: $reason) {
    tracking {
      status
      message
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerWithdrawMutation, AnonymousWorkerWithdrawMutationVariables>;
export const AnonymousWorkerRemedyDocument = new TypedDocumentString(`
    mutation AnonymousWorkerRemedy($id: ID!, $input: RemediationInput!) {
  recordRemediation(grievanceId: $id, input: $input) {
    remediation {
      actionsAgreed
      backPay {
        amount
        currency
      }
      workersReinstated
      verified
      verifiedBy {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerRemedyMutation, AnonymousWorkerRemedyMutationVariables>;
export const AnonymousWorkerCasesDocument = new TypedDocumentString(`
    query AnonymousWorkerCases {
  grievances(first: 5) {
    edges {
      node {
        id
        version
        handlerKind
        handler {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerCasesQuery, AnonymousWorkerCasesQueryVariables>;
export const AnonymousWorkerRemediationDocument = new TypedDocumentString(`
    query AnonymousWorkerRemediation($id: ID!) {
  grievance(id: $id) {
    handler {
      id
    }
    remediation {
      backPay {
        amount
        currency
      }
      verified
      verifiedBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerRemediationQuery, AnonymousWorkerRemediationQueryVariables>;
export const AnonymousWorkerRetryDocument = new TypedDocumentString(`
    mutation AnonymousWorkerRetry($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) {
    trackingCode
    secret
    replayed
    notice
    grievance {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerRetryMutation, AnonymousWorkerRetryMutationVariables>;
export const AnonymousWorkerVersionDocument = new TypedDocumentString(`
    query AnonymousWorkerVersion($id: ID!) {
  grievance(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerVersionQuery, AnonymousWorkerVersionQueryVariables>;
export const AnonymousWorkerAcknowledgeDocument = new TypedDocumentString(`
    mutation AnonymousWorkerAcknowledge($id: ID!, $v: Int!) {
  transitionGrievance(id: $id, to: ACKNOWLEDGED, expectedVersion: $v) {
    grievance {
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AnonymousWorkerAcknowledgeMutation, AnonymousWorkerAcknowledgeMutationVariables>;
export const BatchingGrievanceSummariesDocument = new TypedDocumentString(`
    query BatchingGrievanceSummaries($first: Int!) {
  facilities(first: $first) {
    edges {
      node {
        id
        grievanceSummary {
          open
          overdue
          resolved
          suppressed
          byArea {
            area
            open
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingGrievanceSummariesQuery, BatchingGrievanceSummariesQueryVariables>;
export const BatchingCasePageDocument = new TypedDocumentString(`
    query BatchingCasePage($first: Int!) {
  grievances(first: $first) {
    totalCount
    edges {
      node {
        trackingCode
        status
        overdue
        deadlines {
          respondBy
        }
        nextDeadline {
          kind
        }
        facility {
          id
          name
        }
        timeline(last: 3) {
          at
          kind
          note
        }
        remediation {
          actionsAgreed
        }
        complainantIdentity
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingCasePageQuery, BatchingCasePageQueryVariables>;
export const CaseRulesEscalateDocument = new TypedDocumentString(`
    mutation CaseRulesEscalate($id: ID!, $to: EscalationTarget!, $v: Int!) {
  escalateGrievance(id: $id, to: $to, expectedVersion: $v) {
    grievance {
      status
      handlerKind
      handler {
        id
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesEscalateMutation, CaseRulesEscalateMutationVariables>;
export const CaseRulesLinkDocument = new TypedDocumentString(`
    mutation CaseRulesLink($id: ID!, $facility: ID!, $v: Int!) {
  linkGrievanceToFacility(id: $id, facilityId: $facility, expectedVersion: $v) {
    grievance {
      facility {
        id
      }
      facilityCountry {
        code
      }
      reportedFacility {
        name
      }
      version
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesLinkMutation, CaseRulesLinkMutationVariables>;
export const CaseRulesStateDocument = new TypedDocumentString(`
    query CaseRulesState($id: ID!) {
  grievance(id: $id) {
    status
    version
    overdue
    nextDeadline {
      kind
      name
      dueBy
      overdue
    }
    deadlines {
      acknowledgeBy
      respondBy
      steps {
        name
        dueBy
        completedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesStateQuery, CaseRulesStateQueryVariables>;
export const CaseRulesOverdueDocument = new TypedDocumentString(`
    query CaseRulesOverdue {
  grievances(first: 100, filter: {overdue: true}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesOverdueQuery, CaseRulesOverdueQueryVariables>;
export const CaseRulesListDocument = new TypedDocumentString(`
    query CaseRulesList($filter: GrievanceFilter!) {
  grievances(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        filedBy
        areas
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRulesListQuery, CaseRulesListQueryVariables>;
export const GrievancesDemoOpenCountDocument = new TypedDocumentString(`
    query GrievancesDemoOpenCount($id: ID!) {
  facility(id: $id) {
    grievanceSummary {
      open
    }
  }
}
    `) as unknown as TypedDocumentString<GrievancesDemoOpenCountQuery, GrievancesDemoOpenCountQueryVariables>;
export const DialogueAskDocument = new TypedDocumentString(`
    mutation DialogueAsk($id: ID!, $question: String, $template: QuestionTemplate, $version: Int!) {
  askComplainant(
    id: $id
    question: $question
    template: $template
    expectedVersion: $version
  ) {
    grievance {
      id
      version
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DialogueAskMutation, DialogueAskMutationVariables>;
export const DialogueAnswerDocument = new TypedDocumentString(`
    mutation DialogueAnswer($code: String!, $secret: String!, $question: ID!, $answer: String!) {
  answerComplainantQuestion(
    trackingCode: $code
    secret: $secret
    questionId: $question
    answer: $answer
  ) {
    tracking {
      status
      questions {
        id
        text
        answeredAt
        answer
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DialogueAnswerMutation, DialogueAnswerMutationVariables>;
export const DialogueFollowDocument = new TypedDocumentString(`
    query DialogueFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    language
    questions {
      id
      askedAt
      text
      answeredAt
      answer
    }
    timeline {
      message
      note
    }
  }
}
    `) as unknown as TypedDocumentString<DialogueFollowQuery, DialogueFollowQueryVariables>;
export const DialogueCaseDocument = new TypedDocumentString(`
    query DialogueCase($id: ID!) {
  grievance(id: $id) {
    ...DialogueCaseText
  }
}
    fragment DialogueCaseText on Grievance {
  id
  version
  dialogue {
    id
    at
    direction
    text
    template
    inReplyTo
    askedBy {
      id
    }
  }
  timeline {
    kind
    note
    public
  }
}`) as unknown as TypedDocumentString<DialogueCaseQuery, DialogueCaseQueryVariables>;
export const DialogueEmployerPathsDocument = new TypedDocumentString(`
    query DialogueEmployerPaths($facility: ID!, $handledByOwner: ID!) {
  facility(id: $facility) {
    grievances(first: 20) {
      edges {
        node {
          ...DialogueCaseText
        }
      }
    }
  }
  handledByOwner: grievance(id: $handledByOwner) {
    ...DialogueCaseText
  }
}
    fragment DialogueCaseText on Grievance {
  id
  version
  dialogue {
    id
    at
    direction
    text
    template
    inReplyTo
    askedBy {
      id
    }
  }
  timeline {
    kind
    note
    public
  }
}`) as unknown as TypedDocumentString<DialogueEmployerPathsQuery, DialogueEmployerPathsQueryVariables>;
export const EmployerViewEveryPathDocument = new TypedDocumentString(`
    query EmployerViewEveryPath($facility: ID!, $anonymous: ID!, $handledByOwner: ID!, $brand: ID!) {
  facility(id: $facility) {
    grievances(first: 20) {
      edges {
        node {
          ...EmployerViewCase
        }
      }
    }
  }
  grievances(first: 20) {
    edges {
      node {
        ...EmployerViewCase
      }
    }
  }
  anonymous: grievance(id: $anonymous) {
    ...EmployerViewCase
  }
  handledByOwner: grievance(id: $handledByOwner) {
    ...EmployerViewCase
  }
  brand: grievance(id: $brand) {
    ...EmployerViewCase
  }
}
    fragment EmployerViewCase on Grievance {
  id
  areas
  status
  filedAt
  handlerSummary
  trackingCode
  summary
  description
  contact
  complainantIdentity
}`) as unknown as TypedDocumentString<EmployerViewEveryPathQuery, EmployerViewEveryPathQueryVariables>;
export const EmployerViewOneDocument = new TypedDocumentString(`
    query EmployerViewOne($id: ID!) {
  grievance(id: $id) {
    ...EmployerViewCase
  }
}
    fragment EmployerViewCase on Grievance {
  id
  areas
  status
  filedAt
  handlerSummary
  trackingCode
  summary
  description
  contact
  complainantIdentity
}`) as unknown as TypedDocumentString<EmployerViewOneQuery, EmployerViewOneQueryVariables>;
export const EmployerViewFileAndReadDocument = new TypedDocumentString(`
    mutation EmployerViewFileAndRead($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) {
    trackingCode
    grievance {
      trackingCode
      description
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EmployerViewFileAndReadMutation, EmployerViewFileAndReadMutationVariables>;
export const FacilityGrievancesOfFacilityDocument = new TypedDocumentString(`
    query FacilityGrievancesOfFacility($id: ID!, $first: Int, $after: String, $filter: FacilityGrievanceFilter) {
  facility(id: $id) {
    id
    grievances(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          filedBy
          summary
          description
          complainantIdentity
          contact
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityGrievancesOfFacilityQuery, FacilityGrievancesOfFacilityQueryVariables>;
export const FacilityGrievancesRootListDocument = new TypedDocumentString(`
    query FacilityGrievancesRootList {
  grievances(first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityGrievancesRootListQuery, FacilityGrievancesRootListQueryVariables>;
export const FacilityGrievancesByIdDocument = new TypedDocumentString(`
    query FacilityGrievancesById($id: ID!) {
  grievance(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FacilityGrievancesByIdQuery, FacilityGrievancesByIdQueryVariables>;
export const FacilityGrievancesOfOwnFacilitiesDocument = new TypedDocumentString(`
    query FacilityGrievancesOfOwnFacilities {
  viewer {
    organization {
      facilities(first: 30) {
        edges {
          node {
            id
            grievances {
              totalCount
              edges {
                node {
                  id
                  handlerSummary
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityGrievancesOfOwnFacilitiesQuery, FacilityGrievancesOfOwnFacilitiesQueryVariables>;
export const FacilityGrievancesOwnedPageDocument = new TypedDocumentString(`
    query FacilityGrievancesOwnedPage($first: Int!) {
  viewer {
    organization {
      facilities(first: $first) {
        edges {
          node {
            id
            grievances(first: 5) {
              totalCount
              edges {
                node {
                  id
                  status
                  handlerSummary
                  timeline(last: 2) {
                    kind
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityGrievancesOwnedPageQuery, FacilityGrievancesOwnedPageQueryVariables>;
export const FacilityGrievancesRegistryPageDocument = new TypedDocumentString(`
    query FacilityGrievancesRegistryPage($first: Int!) {
  facilities(first: $first) {
    edges {
      node {
        id
        grievances(first: 5) {
          totalCount
          edges {
            node {
              id
              status
              handlerSummary
              timeline(last: 2) {
                kind
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityGrievancesRegistryPageQuery, FacilityGrievancesRegistryPageQueryVariables>;
export const GrievancesFileCaseDocument = new TypedDocumentString(`
    mutation GrievancesFileCase($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) {
    trackingCode
    secret
    replayed
    notice
    grievance {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GrievancesFileCaseMutation, GrievancesFileCaseMutationVariables>;
export const GrievancesMoveCaseDocument = new TypedDocumentString(`
    mutation GrievancesMoveCase($id: ID!, $to: GrievanceStatus!, $version: Int!, $note: String, $public: Boolean) {
  transitionGrievance(
    id: $id
    to: $to
    expectedVersion: $version
    note: $note
    public: $public
  ) {
    grievance {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GrievancesMoveCaseMutation, GrievancesMoveCaseMutationVariables>;
export const JurisdictionLinkDocument = new TypedDocumentString(`
    mutation JurisdictionLink($id: ID!, $facility: ID!, $version: Int!, $note: String) {
  linkGrievanceToFacility(
    id: $id
    facilityId: $facility
    expectedVersion: $version
    note: $note
  ) {
    grievance {
      ...JurisdictionCase
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment JurisdictionCase on Grievance {
  id
  version
  facility {
    id
  }
  facilityCountry {
    code
  }
  handlerKind
  handler {
    id
  }
  pendingTransfer {
    facility {
      id
    }
    country {
      code
    }
    requestedByRole
    requestedBy {
      id
    }
    note
  }
}`) as unknown as TypedDocumentString<JurisdictionLinkMutation, JurisdictionLinkMutationVariables>;
export const JurisdictionAcceptDocument = new TypedDocumentString(`
    mutation JurisdictionAccept($id: ID!, $version: Int!, $note: String) {
  acceptGrievanceTransfer(id: $id, expectedVersion: $version, note: $note) {
    grievance {
      ...JurisdictionCase
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment JurisdictionCase on Grievance {
  id
  version
  facility {
    id
  }
  facilityCountry {
    code
  }
  handlerKind
  handler {
    id
  }
  pendingTransfer {
    facility {
      id
    }
    country {
      code
    }
    requestedByRole
    requestedBy {
      id
    }
    note
  }
}`) as unknown as TypedDocumentString<JurisdictionAcceptMutation, JurisdictionAcceptMutationVariables>;
export const JurisdictionDeclineDocument = new TypedDocumentString(`
    mutation JurisdictionDecline($id: ID!, $version: Int!, $reason: String) {
  declineGrievanceTransfer(id: $id, expectedVersion: $version, reason: $reason) {
    grievance {
      ...JurisdictionCase
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment JurisdictionCase on Grievance {
  id
  version
  facility {
    id
  }
  facilityCountry {
    code
  }
  handlerKind
  handler {
    id
  }
  pendingTransfer {
    facility {
      id
    }
    country {
      code
    }
    requestedByRole
    requestedBy {
      id
    }
    note
  }
}`) as unknown as TypedDocumentString<JurisdictionDeclineMutation, JurisdictionDeclineMutationVariables>;
export const JurisdictionWithdrawTransferDocument = new TypedDocumentString(`
    mutation JurisdictionWithdrawTransfer($id: ID!, $version: Int!, $reason: String) {
  withdrawGrievanceTransfer(id: $id, expectedVersion: $version, reason: $reason) {
    grievance {
      ...JurisdictionCase
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment JurisdictionCase on Grievance {
  id
  version
  facility {
    id
  }
  facilityCountry {
    code
  }
  handlerKind
  handler {
    id
  }
  pendingTransfer {
    facility {
      id
    }
    country {
      code
    }
    requestedByRole
    requestedBy {
      id
    }
    note
  }
}`) as unknown as TypedDocumentString<JurisdictionWithdrawTransferMutation, JurisdictionWithdrawTransferMutationVariables>;
export const JurisdictionSummarizeDocument = new TypedDocumentString(`
    mutation JurisdictionSummarize($id: ID!, $summary: String!, $version: Int!) {
  summarizeGrievance(id: $id, summary: $summary, expectedVersion: $version) {
    grievance {
      id
      version
      handlerSummary
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<JurisdictionSummarizeMutation, JurisdictionSummarizeMutationVariables>;
export const JurisdictionCaseByIdDocument = new TypedDocumentString(`
    query JurisdictionCaseById($id: ID!) {
  grievance(id: $id) {
    ...JurisdictionCase
    timeline {
      kind
      note
    }
  }
}
    fragment JurisdictionCase on Grievance {
  id
  version
  facility {
    id
  }
  facilityCountry {
    code
  }
  handlerKind
  handler {
    id
  }
  pendingTransfer {
    facility {
      id
    }
    country {
      code
    }
    requestedByRole
    requestedBy {
      id
    }
    note
  }
}`) as unknown as TypedDocumentString<JurisdictionCaseByIdQuery, JurisdictionCaseByIdQueryVariables>;
export const JurisdictionSeesCaseDocument = new TypedDocumentString(`
    query JurisdictionSeesCase($id: ID!) {
  grievance(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<JurisdictionSeesCaseQuery, JurisdictionSeesCaseQueryVariables>;
export const MechanismsCaseDocument = new TypedDocumentString(`
    query MechanismsCase($id: ID!) {
  grievance(id: $id) {
    status
    version
    handlerKind
    overdue
    mechanism {
      name
      source
      citation
      agreement {
        id
      }
      steps {
        name
        kind
        within {
          count
          unit
        }
        after
        escalatesTo
      }
      acknowledgeWithinDays
      respondWithinDays
    }
    deadlines {
      acknowledgeBy
      respondBy
      schedule {
        name
        dueBy
        escalatedAt
      }
    }
    timeline {
      kind
      note
      public
    }
  }
}
    `) as unknown as TypedDocumentString<MechanismsCaseQuery, MechanismsCaseQueryVariables>;
export const MechanismsCorrectDocument = new TypedDocumentString(`
    mutation MechanismsCorrect($id: ID!, $agreementId: ID, $country: String, $reason: String!, $v: Int!) {
  correctGrievanceMechanism(
    id: $id
    agreementId: $agreementId
    country: $country
    reason: $reason
    expectedVersion: $v
  ) {
    grievance {
      version
      mechanism {
        name
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<MechanismsCorrectMutation, MechanismsCorrectMutationVariables>;
export const MechanismsFollowDocument = new TypedDocumentString(`
    query MechanismsFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    status
    message
    overdue
    timeline {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MechanismsFollowQuery, MechanismsFollowQueryVariables>;
export const OrganisationsFacilitySummaryDocument = new TypedDocumentString(`
    query OrganisationsFacilitySummary($id: ID!) {
  facility(id: $id) {
    grievanceSummary {
      open
      overdue
      resolved
      suppressed
      byArea {
        area
        open
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsFacilitySummaryQuery, OrganisationsFacilitySummaryQueryVariables>;
export const OrganisationsCaseDetailDocument = new TypedDocumentString(`
    query OrganisationsCaseDetail($id: ID!) {
  grievance(id: $id) {
    complainantIdentity
    contact
    description
    filedBy
    filingOrganization {
      id
    }
    handlerKind
    handler {
      id
    }
    timeline {
      kind
      public
      note
      notifiedOrganization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsCaseDetailQuery, OrganisationsCaseDetailQueryVariables>;
export const OrganisationsCountAndCaseDocument = new TypedDocumentString(`
    query OrganisationsCountAndCase($id: ID!) {
  grievances(first: 5) {
    totalCount
  }
  grievance(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganisationsCountAndCaseQuery, OrganisationsCountAndCaseQueryVariables>;
export const OrganisationsSupplierReadDocument = new TypedDocumentString(`
    query OrganisationsSupplierRead($id: ID!) {
  grievance(id: $id) {
    summary
    description
    complainantIdentity
    contact
    version
  }
}
    `) as unknown as TypedDocumentString<OrganisationsSupplierReadQuery, OrganisationsSupplierReadQueryVariables>;
export const OrganisationsBrandReadDocument = new TypedDocumentString(`
    query OrganisationsBrandRead($id: ID!) {
  grievances(first: 10) {
    totalCount
  }
  grievance(id: $id) {
    summary
  }
}
    `) as unknown as TypedDocumentString<OrganisationsBrandReadQuery, OrganisationsBrandReadQueryVariables>;
export const OrganisationsCaseCountDocument = new TypedDocumentString(`
    query OrganisationsCaseCount($first: Int!) {
  grievances(first: $first) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OrganisationsCaseCountQuery, OrganisationsCaseCountQueryVariables>;
export const OrganisationsRegulatorReadDocument = new TypedDocumentString(`
    query OrganisationsRegulatorRead($id: ID!) {
  grievances(first: 10) {
    totalCount
  }
  grievance(id: $id) {
    description
    complainantIdentity
  }
}
    `) as unknown as TypedDocumentString<OrganisationsRegulatorReadQuery, OrganisationsRegulatorReadQueryVariables>;
export const OrganisationsIdentityReadDocument = new TypedDocumentString(`
    query OrganisationsIdentityRead($id: ID!) {
  grievance(id: $id) {
    complainantIdentity
    description
  }
}
    `) as unknown as TypedDocumentString<OrganisationsIdentityReadQuery, OrganisationsIdentityReadQueryVariables>;
export const OrganisationsStatsDocument = new TypedDocumentString(`
    query OrganisationsStats {
  grievanceStats(groupBy: [COUNTRY, AREA], filter: {country: ["BD"]}) {
    country {
      code
    }
    area
    cases
    open
    overdue
    suppressed
  }
}
    `) as unknown as TypedDocumentString<OrganisationsStatsQuery, OrganisationsStatsQueryVariables>;
export const OrganisationsWithdrawDocument = new TypedDocumentString(`
    mutation OrganisationsWithdraw($code: String!) {
  withdrawGrievance(trackingCode: $code, reason: "Settled with management") {
    tracking {
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsWithdrawMutation, OrganisationsWithdrawMutationVariables>;
export const RetaliationCaseDocument = new TypedDocumentString(`
    query RetaliationCase($id: ID!) {
  grievance(id: $id) {
    id
    version
    isRetaliation
    retaliationClaim
    handlerKind
    handler {
      id
    }
    retaliationAgainst {
      id
    }
    retaliationCases {
      id
    }
    deadlines {
      acknowledgeBy
      respondBy
    }
    timeline {
      kind
      note
    }
  }
}
    `) as unknown as TypedDocumentString<RetaliationCaseQuery, RetaliationCaseQueryVariables>;
export const RetaliationFollowDocument = new TypedDocumentString(`
    query RetaliationFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    timeline {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RetaliationFollowQuery, RetaliationFollowQueryVariables>;
export const RetaliationListDocument = new TypedDocumentString(`
    query RetaliationList($filter: GrievanceFilter!) {
  grievances(first: 50, filter: $filter) {
    edges {
      node {
        id
        isRetaliation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetaliationListQuery, RetaliationListQueryVariables>;
export const RetaliationStatsDocument = new TypedDocumentString(`
    query RetaliationStats($filter: GrievanceStatsFilter) {
  grievanceStats(groupBy: [RETALIATION], filter: $filter) {
    retaliation
    cases
    suppressed
  }
}
    `) as unknown as TypedDocumentString<RetaliationStatsQuery, RetaliationStatsQueryVariables>;
export const SuppressionStatsDocument = new TypedDocumentString(`
    query SuppressionStats($g0: [GrievanceStatsDimension!]!, $f0: GrievanceStatsFilter, $g1: [GrievanceStatsDimension!]!, $f1: GrievanceStatsFilter, $g2: [GrievanceStatsDimension!]!, $f2: GrievanceStatsFilter, $g3: [GrievanceStatsDimension!]!, $f3: GrievanceStatsFilter, $g4: [GrievanceStatsDimension!]!, $f4: GrievanceStatsFilter, $g5: [GrievanceStatsDimension!]!, $f5: GrievanceStatsFilter, $g6: [GrievanceStatsDimension!]!, $f6: GrievanceStatsFilter, $g7: [GrievanceStatsDimension!]!, $f7: GrievanceStatsFilter) {
  r0: grievanceStats(groupBy: $g0, filter: $f0) {
    ...SuppressionStatsRow
  }
  r1: grievanceStats(groupBy: $g1, filter: $f1) {
    ...SuppressionStatsRow
  }
  r2: grievanceStats(groupBy: $g2, filter: $f2) {
    ...SuppressionStatsRow
  }
  r3: grievanceStats(groupBy: $g3, filter: $f3) {
    ...SuppressionStatsRow
  }
  r4: grievanceStats(groupBy: $g4, filter: $f4) {
    ...SuppressionStatsRow
  }
  r5: grievanceStats(groupBy: $g5, filter: $f5) {
    ...SuppressionStatsRow
  }
  r6: grievanceStats(groupBy: $g6, filter: $f6) {
    ...SuppressionStatsRow
  }
  r7: grievanceStats(groupBy: $g7, filter: $f7) {
    ...SuppressionStatsRow
  }
}
    fragment SuppressionStatsRow on GrievanceStatsRow {
  country {
    code
  }
  area
  status
  filedBy
  month
  cases
  open
  overdue
  suppressed
}`) as unknown as TypedDocumentString<SuppressionStatsQuery, SuppressionStatsQueryVariables>;
export const SuppressionFacilitySummariesDocument = new TypedDocumentString(`
    query SuppressionFacilitySummaries($after: String, $countries: [String!]) {
  facilities(first: 100, after: $after, filter: {country: $countries}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        grievanceSummary {
          open
          overdue
          resolved
          suppressed
          byArea {
            area
            open
            suppressed
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionFacilitySummariesQuery, SuppressionFacilitySummariesQueryVariables>;
export const SuppressionSingleStatsDocument = new TypedDocumentString(`
    query SuppressionSingleStats($groupBy: [GrievanceStatsDimension!]!, $filter: GrievanceStatsFilter) {
  grievanceStats(groupBy: $groupBy, filter: $filter) {
    filedBy
    status
    cases
    open
    suppressed
  }
}
    `) as unknown as TypedDocumentString<SuppressionSingleStatsQuery, SuppressionSingleStatsQueryVariables>;
export const SuppressionTrapSummaryDocument = new TypedDocumentString(`
    query SuppressionTrapSummary($id: ID!) {
  facility(id: $id) {
    grievanceSummary {
      open
      overdue
      resolved
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionTrapSummaryQuery, SuppressionTrapSummaryQueryVariables>;
export const TrackingStatusDocument = new TypedDocumentString(`
    query TrackingStatus($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    trackingCode
    status
  }
}
    `) as unknown as TypedDocumentString<TrackingStatusQuery, TrackingStatusQueryVariables>;
export const TrackingWithdrawDocument = new TypedDocumentString(`
    mutation TrackingWithdraw($code: String!, $secret: String!) {
  withdrawGrievance(
    trackingCode: $code
    secret: $secret
    reason: "I settled with my employer"
  ) {
    tracking {
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingWithdrawMutation, TrackingWithdrawMutationVariables>;
export const TrackingTenGuessesDocument = new TypedDocumentString(`
    query TrackingTenGuesses($c0: String!, $c1: String!, $c2: String!, $c3: String!, $c4: String!, $c5: String!, $c6: String!, $c7: String!, $c8: String!, $c9: String!, $secret: String!) {
  g0: grievanceStatus(trackingCode: $c0, secret: $secret) {
    status
  }
  g1: grievanceStatus(trackingCode: $c1, secret: $secret) {
    status
  }
  g2: grievanceStatus(trackingCode: $c2, secret: $secret) {
    status
  }
  g3: grievanceStatus(trackingCode: $c3, secret: $secret) {
    status
  }
  g4: grievanceStatus(trackingCode: $c4, secret: $secret) {
    status
  }
  g5: grievanceStatus(trackingCode: $c5, secret: $secret) {
    status
  }
  g6: grievanceStatus(trackingCode: $c6, secret: $secret) {
    status
  }
  g7: grievanceStatus(trackingCode: $c7, secret: $secret) {
    status
  }
  g8: grievanceStatus(trackingCode: $c8, secret: $secret) {
    status
  }
  g9: grievanceStatus(trackingCode: $c9, secret: $secret) {
    status
  }
}
    `) as unknown as TypedDocumentString<TrackingTenGuessesQuery, TrackingTenGuessesQueryVariables>;
export const ExactlyOnceFileDocument = new TypedDocumentString(`
    mutation ExactlyOnceFile($input: SubmitGrievanceInput!, $key: String!) {
  submitGrievance(input: $input, idempotencyKey: $key) {
    trackingCode
    secret
    replayed
  }
}
    `) as unknown as TypedDocumentString<ExactlyOnceFileMutation, ExactlyOnceFileMutationVariables>;
export const ExactlyOnceInspectDocument = new TypedDocumentString(`
    mutation ExactlyOnceInspect($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExactlyOnceInspectMutation, ExactlyOnceInspectMutationVariables>;
export const ExactlyOnceFollowDocument = new TypedDocumentString(`
    query ExactlyOnceFollow($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    status
  }
}
    `) as unknown as TypedDocumentString<ExactlyOnceFollowQuery, ExactlyOnceFollowQueryVariables>;
export const OutageBrandOrganizationDocument = new TypedDocumentString(`
    query OutageBrandOrganization {
  viewer {
    role
    organization {
      id
      name
      country {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutageBrandOrganizationQuery, OutageBrandOrganizationQueryVariables>;
export const OutageViewerAndCountriesDocument = new TypedDocumentString(`
    query OutageViewerAndCountries {
  viewer {
    role
  }
  countries(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OutageViewerAndCountriesQuery, OutageViewerAndCountriesQueryVariables>;
export const OutageInspectedFacilityDocument = new TypedDocumentString(`
    query OutageInspectedFacility {
  inspections(first: 5) {
    edges {
      node {
        id
        endedOn
        facility {
          id
          name
          country {
            code
          }
          compliance {
            score
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutageInspectedFacilityQuery, OutageInspectedFacilityQueryVariables>;
export const OutageFacilityAndAuditTrailDocument = new TypedDocumentString(`
    query OutageFacilityAndAuditTrail($id: ID!) {
  facility(id: $id) {
    id
    name
    compliance {
      score
    }
  }
  auditTrail {
    suppliers(first: 1) {
      totalCount
    }
    inspections(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<OutageFacilityAndAuditTrailQuery, OutageFacilityAndAuditTrailQueryVariables>;
export const OutageSupplyChainGrievancesDocument = new TypedDocumentString(`
    query OutageSupplyChainGrievances {
  viewer {
    organization {
      name
      supplyChain(first: 5) {
        edges {
          node {
            tier
            facility {
              id
              name
              grievanceSummary {
                open
              }
            }
          }
        }
      }
    }
  }
  grievances(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OutageSupplyChainGrievancesQuery, OutageSupplyChainGrievancesQueryVariables>;
export const BatchingBrandSupplierComplianceDocument = new TypedDocumentString(`
    query BatchingBrandSupplierCompliance {
  viewer {
    organization {
      name
      supplyChain(first: 50) {
        totalCount
        edges {
          node {
            tier
            facility {
              id
              name
              country {
                code
              }
              compliance {
                score
                grade
                openFindings
                openFindingsBySeverity {
                  major
                }
                nonComplianceByArea {
                  area
                }
                lastInspected
                overdueCorrectiveActions
              }
              latestInspection {
                endedOn
                findings(first: 5) {
                  area
                  severity
                  status
                }
              }
              inspections(first: 3) {
                totalCount
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingBrandSupplierComplianceQuery, BatchingBrandSupplierComplianceQueryVariables>;
export const BatchingInspectionsDocument = new TypedDocumentString(`
    query BatchingInspections($first: Int!) {
  inspections(first: $first) {
    edges {
      node {
        id
        sharedWith {
          id
        }
        jointInspectors {
          id
        }
        findings(first: 5) {
          evidence
          correctiveActions {
            status
            overdue
          }
        }
        correctiveActions {
          finding {
            severity
          }
          facility {
            id
          }
        }
        facility {
          compliance {
            score
          }
          latestInspection {
            id
          }
          inspections(first: 2) {
            totalCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingInspectionsQuery, BatchingInspectionsQueryVariables>;
export const CitationsSubmitDocument = new TypedDocumentString(`
    mutation CitationsSubmit($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      findings {
        id
        area
        conventions
        citedConventions {
          code
          title
          category
          areas
        }
        schemeCode {
          scheme
          code
          title
          topic
          area
          conventions {
            code
          }
        }
        topic
        legalBasis
      }
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CitationsSubmitMutation, CitationsSubmitMutationVariables>;
export const CitationsLegalBasisDocument = new TypedDocumentString(`
    query CitationsLegalBasis($id: ID!) {
  inspection(id: $id) {
    findings {
      conventions
      legalBasis
    }
  }
}
    `) as unknown as TypedDocumentString<CitationsLegalBasisQuery, CitationsLegalBasisQueryVariables>;
export const CitationsSchemeCodesDocument = new TypedDocumentString(`
    query CitationsSchemeCodes($area: ComplianceArea) {
  auditSchemeCodes(area: $area) {
    scheme
    code
    topic
    source
  }
}
    `) as unknown as TypedDocumentString<CitationsSchemeCodesQuery, CitationsSchemeCodesQueryVariables>;
export const CitationsStatsByTopicDocument = new TypedDocumentString(`
    query CitationsStatsByTopic($country: String!) {
  complianceStats(groupBy: [TOPIC], filter: {countries: [$country]}) {
    topic
    nonCompliantFacilities
    findingsBySeverity {
      major
      minor
    }
  }
}
    `) as unknown as TypedDocumentString<CitationsStatsByTopicQuery, CitationsStatsByTopicQueryVariables>;
export const CitationsFindingsOfAllDocument = new TypedDocumentString(`
    query CitationsFindingsOfAll($withBasis: Boolean!) {
  inspections(first: 50) {
    edges {
      node {
        country {
          code
        }
        findings {
          conventions
          legalBasis @include(if: $withBasis)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CitationsFindingsOfAllQuery, CitationsFindingsOfAllQueryVariables>;
export const CitationsRecordRatificationDocument = new TypedDocumentString(`
    mutation CitationsRecordRatification($input: RecordRatificationInput!, $key: String!) {
  recordRatification(input: $input, idempotencyKey: $key) {
    ratification {
      status
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CitationsRecordRatificationMutation, CitationsRecordRatificationMutationVariables>;
export const ComplianceBasisOfFacilityDocument = new TypedDocumentString(`
    query ComplianceBasisOfFacility($id: ID!) {
  facility(id: $id) {
    compliance {
      ...ComplianceWithBasis
    }
    publicCompliance {
      ...ComplianceWithBasis
    }
  }
}
    fragment ComplianceWithBasis on FacilityCompliance {
  score
  grade
  basis {
    inspections
    from
    to
    publicInspections
    nonPublicInspections
    byKind {
      kind
      inspections
    }
  }
}`) as unknown as TypedDocumentString<ComplianceBasisOfFacilityQuery, ComplianceBasisOfFacilityQueryVariables>;
export const InspectionComplianceStatsDocument = new TypedDocumentString(`
    query InspectionComplianceStats($groupBy: [ComplianceDimension!], $filter: ComplianceStatsFilter) {
  complianceStats(groupBy: $groupBy, filter: $filter) {
    country {
      code
    }
    area
    sector
    month
    severity
    inspections
    facilitiesAssessed
    nonCompliantFacilities
    nonComplianceRate
    findingsBySeverity {
      zeroTolerance
      major
      minor
      observation
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionComplianceStatsQuery, InspectionComplianceStatsQueryVariables>;
export const EnforcementRecordDocument = new TypedDocumentString(`
    mutation EnforcementRecord($input: RecordEnforcementActionInput!, $key: String!) {
  recordEnforcementAction(input: $input, idempotencyKey: $key) {
    enforcementAction {
      id
      kind
      country
      amount
      currency
      published
      appealStatus
      decidedBy {
        id
      }
      findings {
        id
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EnforcementRecordMutation, EnforcementRecordMutationVariables>;
export const EnforcementByIdDocument = new TypedDocumentString(`
    query EnforcementById($id: ID!) {
  enforcementAction(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnforcementByIdQuery, EnforcementByIdQueryVariables>;
export const EnforcementListDocument = new TypedDocumentString(`
    query EnforcementList($filter: EnforcementActionFilter) {
  enforcementActions(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnforcementListQuery, EnforcementListQueryVariables>;
export const EnforcementOfFacilityDocument = new TypedDocumentString(`
    query EnforcementOfFacility($facility: ID!) {
  facility(id: $facility) {
    enforcementActions {
      id
    }
  }
  inspection(id: "insp-ea-bd") {
    findings {
      id
      enforcementActions {
        id
      }
    }
  }
  enforcementActions(first: 1, filter: {facility: $facility}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnforcementOfFacilityQuery, EnforcementOfFacilityQueryVariables>;
export const EnforcementAppealDocument = new TypedDocumentString(`
    mutation EnforcementAppeal($input: ChangeEnforcementActionAppealInput!) {
  changeEnforcementActionAppeal(input: $input) {
    enforcementAction {
      id
      appealStatus
      appealNote
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<EnforcementAppealMutation, EnforcementAppealMutationVariables>;
export const FacilityOwnerSubmitDocument = new TypedDocumentString(`
    mutation FacilityOwnerSubmit($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      findings {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityOwnerSubmitMutation, FacilityOwnerSubmitMutationVariables>;
export const FacilityOwnerReadDocument = new TypedDocumentString(`
    query FacilityOwnerRead($id: ID!) {
  inspection(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FacilityOwnerReadQuery, FacilityOwnerReadQueryVariables>;
export const FacilityOwnerAddActionDocument = new TypedDocumentString(`
    mutation FacilityOwnerAddAction($input: AddCorrectiveActionInput!, $key: String!) {
  addCorrectiveAction(input: $input, idempotencyKey: $key) {
    correctiveAction {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityOwnerAddActionMutation, FacilityOwnerAddActionMutationVariables>;
export const InspectionFindingProvenanceDocument = new TypedDocumentString(`
    query InspectionFindingProvenance($id: ID!) {
  inspection(id: $id) {
    findings {
      id
      status
      provenance {
        confidence
        basis
        source {
          kind
          recordedOn
          conductedBy {
            id
          }
          inspection {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFindingProvenanceQuery, InspectionFindingProvenanceQueryVariables>;
export const InspectionFindingProvenanceDisputeDocument = new TypedDocumentString(`
    mutation InspectionFindingProvenanceDispute($input: DisputeFindingInput!) {
  disputeFinding(input: $input) {
    finding {
      status
      provenance {
        confidence
        basis
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFindingProvenanceDisputeMutation, InspectionFindingProvenanceDisputeMutationVariables>;
export const JointInspectionSubmitDocument = new TypedDocumentString(`
    mutation JointInspectionSubmit($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      status
      kind
      jointInspectors {
        id
      }
      signatures {
        organization {
          id
        }
        signedAt
      }
      findings {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<JointInspectionSubmitMutation, JointInspectionSubmitMutationVariables>;
export const JointInspectionCosignDocument = new TypedDocumentString(`
    mutation JointInspectionCosign($id: ID!) {
  cosignInspection(id: $id) {
    inspection {
      id
      status
      signatures {
        organization {
          id
        }
        signedAt
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<JointInspectionCosignMutation, JointInspectionCosignMutationVariables>;
export const JointInspectionPublishDocument = new TypedDocumentString(`
    mutation JointInspectionPublish($id: ID!) {
  publishInspection(id: $id) {
    inspection {
      id
      status
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<JointInspectionPublishMutation, JointInspectionPublishMutationVariables>;
export const JointInspectionAddActionDocument = new TypedDocumentString(`
    mutation JointInspectionAddAction($input: AddCorrectiveActionInput!, $key: String!) {
  addCorrectiveAction(input: $input, idempotencyKey: $key) {
    correctiveAction {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<JointInspectionAddActionMutation, JointInspectionAddActionMutationVariables>;
export const JointInspectionComplianceDocument = new TypedDocumentString(`
    query JointInspectionCompliance($id: ID!) {
  facility(id: $id) {
    compliance {
      openFindings
      basis {
        inspections
      }
    }
  }
  complianceStats(filter: {countries: ["BD"]}) {
    inspections
  }
}
    `) as unknown as TypedDocumentString<JointInspectionComplianceQuery, JointInspectionComplianceQueryVariables>;
export const ReportAccessReportDocument = new TypedDocumentString(`
    query ReportAccessReport($id: ID!) {
  inspection(id: $id) {
    id
    disclosure
    findings {
      id
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAccessReportQuery, ReportAccessReportQueryVariables>;
export const ReportAccessFacilityDocument = new TypedDocumentString(`
    query ReportAccessFacility($id: ID!) {
  facility(id: $id) {
    inspections {
      totalCount
    }
    compliance {
      basis {
        inspections
        nonPublicInspections
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAccessFacilityQuery, ReportAccessFacilityQueryVariables>;
export const ReportAccessGrantDocument = new TypedDocumentString(`
    mutation ReportAccessGrant($input: GrantReportAccessInput!, $key: String!) {
  grantReportAccess(input: $input, idempotencyKey: $key) {
    grant {
      id
      active
      buyer {
        id
      }
      grantedBy {
        id
      }
      inspection {
        id
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAccessGrantMutation, ReportAccessGrantMutationVariables>;
export const ReportAccessRevokeDocument = new TypedDocumentString(`
    mutation ReportAccessRevoke($input: RevokeReportAccessInput!) {
  revokeReportAccess(input: $input) {
    grant {
      id
      active
      revokedAt
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAccessRevokeMutation, ReportAccessRevokeMutationVariables>;
export const ReportAccessGrantByIdDocument = new TypedDocumentString(`
    query ReportAccessGrantById($id: ID!) {
  reportAccessGrant(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReportAccessGrantByIdQuery, ReportAccessGrantByIdQueryVariables>;
export const ReportAccessInsidersDocument = new TypedDocumentString(`
    query ReportAccessInsiders($id: ID!) {
  inspection(id: $id) {
    accessGrants {
      buyer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAccessInsidersQuery, ReportAccessInsidersQueryVariables>;
export const ReportAccessRequestDocument = new TypedDocumentString(`
    mutation ReportAccessRequest($input: RequestReportAccessInput!, $key: String!) {
  requestReportAccess(input: $input, idempotencyKey: $key) {
    request {
      ...ReportAccessRequestFields
    }
    replayed
    userErrors {
      code
      field
    }
  }
}
    fragment ReportAccessRequestFields on ReportAccessRequest {
  id
  status
  message
  note
  facility {
    id
  }
  inspection {
    id
  }
  requestedBy {
    id
  }
  decidedBy {
    id
  }
  grants {
    active
    inspection {
      id
    }
  }
}`) as unknown as TypedDocumentString<ReportAccessRequestMutation, ReportAccessRequestMutationVariables>;
export const ReportAccessDecideDocument = new TypedDocumentString(`
    mutation ReportAccessDecide($input: DecideReportAccessRequestInput!) {
  decideReportAccessRequest(input: $input) {
    request {
      ...ReportAccessRequestFields
    }
    userErrors {
      code
      message
    }
  }
}
    fragment ReportAccessRequestFields on ReportAccessRequest {
  id
  status
  message
  note
  facility {
    id
  }
  inspection {
    id
  }
  requestedBy {
    id
  }
  decidedBy {
    id
  }
  grants {
    active
    inspection {
      id
    }
  }
}`) as unknown as TypedDocumentString<ReportAccessDecideMutation, ReportAccessDecideMutationVariables>;
export const ReportAccessWithdrawDocument = new TypedDocumentString(`
    mutation ReportAccessWithdraw($id: ID!) {
  withdrawReportAccessRequest(id: $id) {
    request {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAccessWithdrawMutation, ReportAccessWithdrawMutationVariables>;
export const ReportAccessRequestsDocument = new TypedDocumentString(`
    query ReportAccessRequests($filter: ReportAccessRequestFilter) {
  reportAccessRequests(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        ...ReportAccessRequestFields
      }
    }
  }
}
    fragment ReportAccessRequestFields on ReportAccessRequest {
  id
  status
  message
  note
  facility {
    id
  }
  inspection {
    id
  }
  requestedBy {
    id
  }
  decidedBy {
    id
  }
  grants {
    active
    inspection {
      id
    }
  }
}`) as unknown as TypedDocumentString<ReportAccessRequestsQuery, ReportAccessRequestsQueryVariables>;
export const InspectionFlowSubmitDocument = new TypedDocumentString(`
    mutation InspectionFlowSubmit($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    replayed
    userErrors {
      code
      message
    }
    inspection {
      id
      status
      disclosure
      country {
        code
      }
      conductedBy {
        id
      }
      findingsConnection(first: 10) {
        totalCount
        edges {
          node {
            id
            area
            severity
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowSubmitMutation, InspectionFlowSubmitMutationVariables>;
export const InspectionFlowComplianceDocument = new TypedDocumentString(`
    query InspectionFlowCompliance($id: ID!) {
  facility(id: $id) {
    id
    compliance {
      score
      grade
      openFindings
      openFindingsBySeverity {
        major
        minor
      }
      nonComplianceByArea {
        area
        openFindings
      }
      lastInspected
      overdueCorrectiveActions
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowComplianceQuery, InspectionFlowComplianceQueryVariables>;
export const InspectionFlowPublishDocument = new TypedDocumentString(`
    mutation InspectionFlowPublish($id: ID!) {
  publishInspection(id: $id) {
    inspection {
      status
      publishedAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowPublishMutation, InspectionFlowPublishMutationVariables>;
export const InspectionFlowStatusDocument = new TypedDocumentString(`
    query InspectionFlowStatus($id: ID!) {
  inspection(id: $id) {
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowStatusQuery, InspectionFlowStatusQueryVariables>;
export const InspectionFlowAddActionDocument = new TypedDocumentString(`
    mutation InspectionFlowAddAction($input: AddCorrectiveActionInput!, $key: String!) {
  addCorrectiveAction(input: $input, idempotencyKey: $key) {
    correctiveAction {
      id
      status
      version
      finding {
        status
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowAddActionMutation, InspectionFlowAddActionMutationVariables>;
export const InspectionFlowUpdateActionDocument = new TypedDocumentString(`
    mutation InspectionFlowUpdateAction($input: UpdateCorrectiveActionInput!) {
  updateCorrectiveAction(input: $input) {
    correctiveAction {
      status
      version
      finding {
        status
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowUpdateActionMutation, InspectionFlowUpdateActionMutationVariables>;
export const InspectionFlowVerifyActionDocument = new TypedDocumentString(`
    mutation InspectionFlowVerifyAction($input: VerifyCorrectiveActionInput!) {
  verifyCorrectiveAction(input: $input) {
    correctiveAction {
      status
      verifiedBy {
        id
      }
      verifiedOn
      verificationNote
      finding {
        status
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowVerifyActionMutation, InspectionFlowVerifyActionMutationVariables>;
export const InspectionFlowFindingsDocument = new TypedDocumentString(`
    query InspectionFlowFindings($id: ID!) {
  inspection(id: $id) {
    findings(first: 5) {
      id
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowFindingsQuery, InspectionFlowFindingsQueryVariables>;
export const InspectionFlowDisputeDocument = new TypedDocumentString(`
    mutation InspectionFlowDispute($input: DisputeFindingInput!) {
  disputeFinding(input: $input) {
    finding {
      status
      dispute {
        reason
        raisedBy {
          id
        }
      }
      inspection {
        status
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowDisputeMutation, InspectionFlowDisputeMutationVariables>;
export const InspectionFlowEvidenceDocument = new TypedDocumentString(`
    query InspectionFlowEvidence($id: ID!) {
  inspection(id: $id) {
    findings(first: 1) {
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionFlowEvidenceQuery, InspectionFlowEvidenceQueryVariables>;
export const InspectionRulesSubmitDocument = new TypedDocumentString(`
    mutation InspectionRulesSubmit($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    replayed
    inspection {
      id
      facility {
        compliance {
          score
          grade
          openFindings
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionRulesSubmitMutation, InspectionRulesSubmitMutationVariables>;
export const InspectionVisibilityListDocument = new TypedDocumentString(`
    query InspectionVisibilityList {
  inspections(first: 50) {
    totalCount
    edges {
      node {
        id
        sharedWith {
          id
        }
        findings {
          evidence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionVisibilityListQuery, InspectionVisibilityListQueryVariables>;
export const InspectionVisibilityByIdDocument = new TypedDocumentString(`
    query InspectionVisibilityById($id: ID!) {
  inspection(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<InspectionVisibilityByIdQuery, InspectionVisibilityByIdQueryVariables>;
export const InspectionVisibilityFacilityDocument = new TypedDocumentString(`
    query InspectionVisibilityFacility($id: ID!) {
  inspection(id: $id) {
    facility {
      inspections {
        totalCount
      }
      latestInspection {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionVisibilityFacilityQuery, InspectionVisibilityFacilityQueryVariables>;
export const InspectionVisibilityOverdueDocument = new TypedDocumentString(`
    query InspectionVisibilityOverdue {
  correctiveActions(filter: {overdue: true}) {
    edges {
      node {
        inspection {
          id
        }
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionVisibilityOverdueQuery, InspectionVisibilityOverdueQueryVariables>;
export const ZeroToleranceCapGradeDocument = new TypedDocumentString(`
    query ZeroToleranceCapGrade($id: ID!) {
  facility(id: $id) {
    publicCompliance {
      score
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<ZeroToleranceCapGradeQuery, ZeroToleranceCapGradeQueryVariables>;
export const ZeroToleranceCapCompleteDocument = new TypedDocumentString(`
    mutation ZeroToleranceCapComplete($input: UpdateCorrectiveActionInput!) {
  updateCorrectiveAction(input: $input) {
    correctiveAction {
      status
      finding {
        status
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ZeroToleranceCapCompleteMutation, ZeroToleranceCapCompleteMutationVariables>;
export const ZeroToleranceCapVerifyDocument = new TypedDocumentString(`
    mutation ZeroToleranceCapVerify($input: VerifyCorrectiveActionInput!) {
  verifyCorrectiveAction(input: $input) {
    correctiveAction {
      finding {
        status
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ZeroToleranceCapVerifyMutation, ZeroToleranceCapVerifyMutationVariables>;
export const JwksViewerIdentityDocument = new TypedDocumentString(`
    query JwksViewerIdentity {
  viewer {
    role
    subject
    jurisdiction {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JwksViewerIdentityQuery, JwksViewerIdentityQueryVariables>;
export const JwksViewerRoleDocument = new TypedDocumentString(`
    query JwksViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<JwksViewerRoleQuery, JwksViewerRoleQueryVariables>;
export const PermissionsAuditSuppliersDocument = new TypedDocumentString(`
    query PermissionsAuditSuppliers($after: String, $filter: AuditTrailFilter) {
  auditTrail {
    suppliers(first: 100, after: $after, filter: $filter) {
      ...PermissionsAuditPage
    }
  }
}
    fragment PermissionsAuditPage on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
    }
  }
}`) as unknown as TypedDocumentString<PermissionsAuditSuppliersQuery, PermissionsAuditSuppliersQueryVariables>;
export const PermissionsAuditAgreementsDocument = new TypedDocumentString(`
    query PermissionsAuditAgreements($after: String, $filter: AuditTrailFilter) {
  auditTrail {
    agreements(first: 100, after: $after, filter: $filter) {
      ...PermissionsAuditPage
    }
  }
}
    fragment PermissionsAuditPage on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
    }
  }
}`) as unknown as TypedDocumentString<PermissionsAuditAgreementsQuery, PermissionsAuditAgreementsQueryVariables>;
export const PermissionsAuditInspectionsDocument = new TypedDocumentString(`
    query PermissionsAuditInspections($after: String, $filter: AuditTrailFilter) {
  auditTrail {
    inspections(first: 100, after: $after, filter: $filter) {
      ...PermissionsAuditPage
    }
  }
}
    fragment PermissionsAuditPage on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
    }
  }
}`) as unknown as TypedDocumentString<PermissionsAuditInspectionsQuery, PermissionsAuditInspectionsQueryVariables>;
export const PermissionsAuditGrievancesDocument = new TypedDocumentString(`
    query PermissionsAuditGrievances($after: String, $filter: AuditTrailFilter) {
  auditTrail {
    grievances(first: 100, after: $after, filter: $filter) {
      ...PermissionsAuditPage
    }
  }
}
    fragment PermissionsAuditPage on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      subject
      organizationId
      role
      operation
      target
      country
    }
  }
}`) as unknown as TypedDocumentString<PermissionsAuditGrievancesQuery, PermissionsAuditGrievancesQueryVariables>;
export const PermissionsAuditSchemeCodesDocument = new TypedDocumentString(`
    query PermissionsAuditSchemeCodes {
  auditSchemeCodes(scheme: SMETA) {
    code
    topic
  }
}
    `) as unknown as TypedDocumentString<PermissionsAuditSchemeCodesQuery, PermissionsAuditSchemeCodesQueryVariables>;
export const PermissionsFindingCitationsDocument = new TypedDocumentString(`
    query PermissionsFindingCitations($id: ID!) {
  inspection(id: $id) {
    findings {
      id
      citedConventions {
        code
      }
      topic
      legalBasis
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsFindingCitationsQuery, PermissionsFindingCitationsQueryVariables>;
export const PermissionsCosignFileJointDocument = new TypedDocumentString(`
    mutation PermissionsCosignFileJoint($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCosignFileJointMutation, PermissionsCosignFileJointMutationVariables>;
export const PermissionsCosignInspectionDocument = new TypedDocumentString(`
    mutation PermissionsCosignInspection($id: ID!) {
  cosignInspection(id: $id) {
    inspection {
      id
      status
      signatures {
        organization {
          id
        }
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCosignInspectionMutation, PermissionsCosignInspectionMutationVariables>;
export const PermissionsRecordEnforcementActionDocument = new TypedDocumentString(`
    mutation PermissionsRecordEnforcementAction($input: RecordEnforcementActionInput!, $key: String!) {
  recordEnforcementAction(input: $input, idempotencyKey: $key) {
    enforcementAction {
      id
      amount
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsRecordEnforcementActionMutation, PermissionsRecordEnforcementActionMutationVariables>;
export const PermissionsEnforcementActionsDocument = new TypedDocumentString(`
    query PermissionsEnforcementActions($facility: ID!, $unpublished: ID!, $published: ID!) {
  enforcementActions(first: 50) {
    edges {
      node {
        id
      }
    }
  }
  unpublished: enforcementAction(id: $unpublished) {
    id
  }
  published: enforcementAction(id: $published) {
    id
  }
  facility(id: $facility) {
    enforcementActions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsEnforcementActionsQuery, PermissionsEnforcementActionsQueryVariables>;
export const PermissionsWorldSubmitInspectionDocument = new TypedDocumentString(`
    mutation PermissionsWorldSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      findings {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsWorldSubmitInspectionMutation, PermissionsWorldSubmitInspectionMutationVariables>;
export const PermissionsWorldPublishInspectionDocument = new TypedDocumentString(`
    mutation PermissionsWorldPublishInspection($id: ID!) {
  publishInspection(id: $id) {
    inspection {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsWorldPublishInspectionMutation, PermissionsWorldPublishInspectionMutationVariables>;
export const PermissionsImportFacilityListDocument = new TypedDocumentString(`
    mutation PermissionsImportFacilityList($input: ImportFacilityListInput!, $key: String!) {
  importFacilityList(input: $input, idempotencyKey: $key) {
    import {
      id
    }
    rows {
      outcome
      facility {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsImportFacilityListMutation, PermissionsImportFacilityListMutationVariables>;
export const GrievanceAggregatesSummariesDocument = new TypedDocumentString(`
    query GrievanceAggregatesSummaries($bangladesh: ID!, $vietNam: ID!) {
  bangladesh: facility(id: $bangladesh) {
    grievanceSummary {
      ...GrievanceAggregatesSummary
    }
  }
  vietNam: facility(id: $vietNam) {
    grievanceSummary {
      ...GrievanceAggregatesSummary
    }
  }
}
    fragment GrievanceAggregatesSummary on GrievanceSummary {
  open
  overdue
  resolved
  suppressed
  byArea {
    area
    open
    suppressed
  }
}`) as unknown as TypedDocumentString<GrievanceAggregatesSummariesQuery, GrievanceAggregatesSummariesQueryVariables>;
export const GrievanceAggregatesStatsDocument = new TypedDocumentString(`
    query GrievanceAggregatesStats {
  byCountry: grievanceStats(groupBy: [COUNTRY], filter: {country: ["BD", "VN"]}) {
    country {
      code
    }
    cases
    open
    overdue
    suppressed
  }
  total: grievanceStats(groupBy: []) {
    cases
    open
    overdue
    suppressed
  }
}
    `) as unknown as TypedDocumentString<GrievanceAggregatesStatsQuery, GrievanceAggregatesStatsQueryVariables>;
export const GrievanceJurisdictionEveryPathDocument = new TypedDocumentString(`
    query GrievanceJurisdictionEveryPath($main: ID!, $quiet: ID!) {
  main: facility(id: $main) {
    grievances(first: 50) {
      edges {
        node {
          ...GrievanceJurisdictionFields
        }
      }
    }
  }
  quiet: facility(id: $quiet) {
    grievances(first: 50) {
      edges {
        node {
          ...GrievanceJurisdictionFields
        }
      }
    }
  }
  grievances(first: 50) {
    edges {
      node {
        ...GrievanceJurisdictionFields
      }
    }
  }
}
    fragment GrievanceJurisdictionFields on Grievance {
  id
  trackingCode
  summary
  handlerSummary
}`) as unknown as TypedDocumentString<GrievanceJurisdictionEveryPathQuery, GrievanceJurisdictionEveryPathQueryVariables>;
export const GrievanceJurisdictionPendingDocument = new TypedDocumentString(`
    query GrievanceJurisdictionPending($id: ID!) {
  grievance(id: $id) {
    id
    pendingTransfer {
      country {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrievanceJurisdictionPendingQuery, GrievanceJurisdictionPendingQueryVariables>;
export const PermissionsGrievanceListDocument = new TypedDocumentString(`
    query PermissionsGrievanceList {
  grievances(first: 50) {
    totalCount
    edges {
      node {
        ...PermissionsGrievanceCase
      }
    }
  }
}
    fragment PermissionsGrievanceCase on Grievance {
  id
  complainantIdentity
  contact
  description
  dialogue {
    id
  }
}`) as unknown as TypedDocumentString<PermissionsGrievanceListQuery, PermissionsGrievanceListQueryVariables>;
export const PermissionsGrievancesByIdDocument = new TypedDocumentString(`
    query PermissionsGrievancesById($union: ID!, $civilSociety: ID!, $worker: ID!, $anonymousA: ID!, $anonymousB: ID!, $quietA: ID!, $quietB: ID!) {
  union: grievance(id: $union) {
    ...PermissionsGrievanceCase
  }
  civilSociety: grievance(id: $civilSociety) {
    ...PermissionsGrievanceCase
  }
  worker: grievance(id: $worker) {
    ...PermissionsGrievanceCase
  }
  anonymousA: grievance(id: $anonymousA) {
    ...PermissionsGrievanceCase
  }
  anonymousB: grievance(id: $anonymousB) {
    ...PermissionsGrievanceCase
  }
  quietA: grievance(id: $quietA) {
    ...PermissionsGrievanceCase
  }
  quietB: grievance(id: $quietB) {
    ...PermissionsGrievanceCase
  }
}
    fragment PermissionsGrievanceCase on Grievance {
  id
  complainantIdentity
  contact
  description
  dialogue {
    id
  }
}`) as unknown as TypedDocumentString<PermissionsGrievancesByIdQuery, PermissionsGrievancesByIdQueryVariables>;
export const PermissionsFacilityGrievancesDocument = new TypedDocumentString(`
    query PermissionsFacilityGrievances($main: ID!, $quiet: ID!) {
  main: facility(id: $main) {
    grievances(first: 50) {
      totalCount
      edges {
        node {
          ...PermissionsGrievanceCase
        }
      }
    }
  }
  quiet: facility(id: $quiet) {
    grievances(first: 50) {
      totalCount
      edges {
        node {
          ...PermissionsGrievanceCase
        }
      }
    }
  }
}
    fragment PermissionsGrievanceCase on Grievance {
  id
  complainantIdentity
  contact
  description
  dialogue {
    id
  }
}`) as unknown as TypedDocumentString<PermissionsFacilityGrievancesQuery, PermissionsFacilityGrievancesQueryVariables>;
export const PermissionsOwnFacilityGrievancesDocument = new TypedDocumentString(`
    query PermissionsOwnFacilityGrievances {
  viewer {
    organization {
      facilities(first: 5) {
        edges {
          node {
            id
            grievances(first: 10) {
              totalCount
              edges {
                node {
                  ...PermissionsGrievanceCase
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment PermissionsGrievanceCase on Grievance {
  id
  complainantIdentity
  contact
  description
  dialogue {
    id
  }
}`) as unknown as TypedDocumentString<PermissionsOwnFacilityGrievancesQuery, PermissionsOwnFacilityGrievancesQueryVariables>;
export const PermissionsGrievanceSummaryDocument = new TypedDocumentString(`
    query PermissionsGrievanceSummary($main: ID!, $quiet: ID!) {
  main: facility(id: $main) {
    grievanceSummary {
      open
      overdue
      resolved
      suppressed
      byArea {
        area
        open
        suppressed
      }
    }
  }
  quiet: facility(id: $quiet) {
    grievanceSummary {
      open
      overdue
      resolved
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsGrievanceSummaryQuery, PermissionsGrievanceSummaryQueryVariables>;
export const PermissionsGrievanceStatsDocument = new TypedDocumentString(`
    query PermissionsGrievanceStats {
  grievanceStats(groupBy: [COUNTRY, AREA], filter: {country: ["BD"]}) {
    country {
      code
    }
    area
    cases
    open
    overdue
    suppressed
  }
}
    `) as unknown as TypedDocumentString<PermissionsGrievanceStatsQuery, PermissionsGrievanceStatsQueryVariables>;
export const PermissionsInspectionListDocument = new TypedDocumentString(`
    query PermissionsInspectionList {
  inspections(first: 50) {
    totalCount
    edges {
      node {
        id
        disclosure
        sharedWith {
          id
        }
        findings {
          id
          evidence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsInspectionListQuery, PermissionsInspectionListQueryVariables>;
export const PermissionsInspectionsByIdDocument = new TypedDocumentString(`
    query PermissionsInspectionsById($private: ID!, $shared: ID!, $public: ID!) {
  PRIVATE: inspection(id: $private) {
    id
    disclosure
    sharedWith {
      id
    }
    findings {
      id
      evidence
    }
  }
  SHARED_WITH_BUYERS: inspection(id: $shared) {
    id
    disclosure
    sharedWith {
      id
    }
    findings {
      id
      evidence
    }
  }
  PUBLIC: inspection(id: $public) {
    id
    disclosure
    sharedWith {
      id
    }
    findings {
      id
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsInspectionsByIdQuery, PermissionsInspectionsByIdQueryVariables>;
export const PermissionsFacilityInspectionsDocument = new TypedDocumentString(`
    query PermissionsFacilityInspections($id: ID!) {
  facility(id: $id) {
    id
    inspections(first: 50) {
      totalCount
      edges {
        node {
          id
          disclosure
          sharedWith {
            id
          }
          findings {
            id
            evidence
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsFacilityInspectionsQuery, PermissionsFacilityInspectionsQueryVariables>;
export const PermissionsSubmitInspectionDocument = new TypedDocumentString(`
    mutation PermissionsSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      conductedBy {
        id
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsSubmitInspectionMutation, PermissionsSubmitInspectionMutationVariables>;
export const PermissionsAddCorrectiveActionDocument = new TypedDocumentString(`
    mutation PermissionsAddCorrectiveAction($input: AddCorrectiveActionInput!, $key: String!) {
  addCorrectiveAction(input: $input, idempotencyKey: $key) {
    correctiveAction {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsAddCorrectiveActionMutation, PermissionsAddCorrectiveActionMutationVariables>;
export const PermissionsGrievanceStateDocument = new TypedDocumentString(`
    query PermissionsGrievanceState($id: ID!) {
  grievance(id: $id) {
    version
    status
    allowedTransitions
    mechanism {
      country {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsGrievanceStateQuery, PermissionsGrievanceStateQueryVariables>;
export const PermissionsTransitionGrievanceDocument = new TypedDocumentString(`
    mutation PermissionsTransitionGrievance($id: ID!, $to: GrievanceStatus!, $version: Int!) {
  transitionGrievance(id: $id, to: $to, expectedVersion: $version) {
    grievance {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsTransitionGrievanceMutation, PermissionsTransitionGrievanceMutationVariables>;
export const PermissionsAskComplainantDocument = new TypedDocumentString(`
    mutation PermissionsAskComplainant($id: ID!, $version: Int!) {
  askComplainant(id: $id, template: DATES, expectedVersion: $version) {
    grievance {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsAskComplainantMutation, PermissionsAskComplainantMutationVariables>;
export const PermissionsCorrectMechanismDocument = new TypedDocumentString(`
    mutation PermissionsCorrectMechanism($id: ID!, $country: String!, $version: Int!) {
  correctGrievanceMechanism(
    id: $id
    country: $country
    reason: "Filed under the wrong law"
    expectedVersion: $version
  ) {
    grievance {
      id
      mechanism {
        country {
          code
        }
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCorrectMechanismMutation, PermissionsCorrectMechanismMutationVariables>;
export const PermissionsCreateAgreementDocument = new TypedDocumentString(`
    mutation PermissionsCreateAgreement($input: CreateAgreementInput!, $key: String!) {
  createAgreement(input: $input, idempotencyKey: $key) {
    agreement {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateAgreementMutation, PermissionsCreateAgreementMutationVariables>;
export const PermissionsChangeAgreementStatusDocument = new TypedDocumentString(`
    mutation PermissionsChangeAgreementStatus($input: ChangeAgreementStatusInput!, $key: String!) {
  changeAgreementStatus(input: $input, idempotencyKey: $key) {
    agreement {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsChangeAgreementStatusMutation, PermissionsChangeAgreementStatusMutationVariables>;
export const PermissionsAddSharingClauseDocument = new TypedDocumentString(`
    mutation PermissionsAddSharingClause($input: AddSharingClauseInput!, $key: String!) {
  addSharingClause(input: $input, idempotencyKey: $key) {
    agreement {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsAddSharingClauseMutation, PermissionsAddSharingClauseMutationVariables>;
export const PermissionsInspectionStatusDocument = new TypedDocumentString(`
    query PermissionsInspectionStatus($id: ID!) {
  inspection(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PermissionsInspectionStatusQuery, PermissionsInspectionStatusQueryVariables>;
export const PermissionsPublishInspectionDocument = new TypedDocumentString(`
    mutation PermissionsPublishInspection($id: ID!) {
  publishInspection(id: $id) {
    inspection {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsPublishInspectionMutation, PermissionsPublishInspectionMutationVariables>;
export const PermissionsChangeDisclosureDocument = new TypedDocumentString(`
    mutation PermissionsChangeDisclosure($input: ChangeDisclosureInput!) {
  changeDisclosure(input: $input) {
    inspection {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsChangeDisclosureMutation, PermissionsChangeDisclosureMutationVariables>;
export const PermissionsProvenanceContributorsDocument = new TypedDocumentString(`
    query PermissionsProvenanceContributors($id: ID!) {
  facility(id: $id) {
    contributions {
      listImportId
      contributor {
        kind
        anonymous
        organization {
          id
        }
      }
    }
    provenance {
      field
      source {
        listImportId
        contributor {
          kind
          anonymous
          organization {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsProvenanceContributorsQuery, PermissionsProvenanceContributorsQueryVariables>;
export const PermissionsProvenanceFindingDocument = new TypedDocumentString(`
    query PermissionsProvenanceFinding($id: ID!) {
  inspection(id: $id) {
    findings {
      provenance {
        confidence
        basis
        source {
          kind
          conductedBy {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsProvenanceFindingQuery, PermissionsProvenanceFindingQueryVariables>;
export const PermissionsSupplyChainDocument = new TypedDocumentString(`
    query PermissionsSupplyChain($brand: ID!) {
  organization(id: $brand) {
    supplyChain(first: 50) {
      totalCount
      edges {
        node {
          publiclyDisclosed
          facility {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsSupplyChainQuery, PermissionsSupplyChainQueryVariables>;
export const PermissionsBuyersDocument = new TypedDocumentString(`
    query PermissionsBuyers($main: ID!, $hidden: ID!, $brand: ID!) {
  main: facility(id: $main) {
    buyers {
      publiclyDisclosed
      buyer {
        id
      }
    }
  }
  hidden: facility(id: $hidden) {
    buyers {
      publiclyDisclosed
      buyer {
        id
      }
    }
  }
  facilities(first: 50, filter: {buyer: $brand}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsBuyersQuery, PermissionsBuyersQueryVariables>;
export const PermissionsFacilityListImportsDocument = new TypedDocumentString(`
    query PermissionsFacilityListImports($brandImport: ID!, $supplierImport: ID!, $brand: ID!, $supplier: ID!) {
  brandImport: facilityListImport(id: $brandImport) {
    id
    organization {
      id
    }
  }
  supplierImport: facilityListImport(id: $supplierImport) {
    id
    organization {
      id
    }
  }
  brand: organization(id: $brand) {
    facilityListImports {
      totalCount
    }
  }
  supplier: organization(id: $supplier) {
    facilityListImports {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsFacilityListImportsQuery, PermissionsFacilityListImportsQueryVariables>;
export const PermissionsDraftAgreementDocument = new TypedDocumentString(`
    query PermissionsDraftAgreement($draft: ID!, $inForce: ID!) {
  agreements(first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  draft: agreement(id: $draft) {
    id
    status
  }
  inForce: agreement(id: $inForce) {
    id
    status
  }
  bd: country(code: "BD") {
    agreements {
      id
    }
  }
  vn: country(code: "VN") {
    agreements {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsDraftAgreementQuery, PermissionsDraftAgreementQueryVariables>;
export const PermissionsTrailSuppliersDocument = new TypedDocumentString(`
    query PermissionsTrailSuppliers {
  auditTrail {
    suppliers(first: 1) {
      totalCount
      edges {
        node {
          operation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsTrailSuppliersQuery, PermissionsTrailSuppliersQueryVariables>;
export const PermissionsTrailAgreementsDocument = new TypedDocumentString(`
    query PermissionsTrailAgreements {
  auditTrail {
    agreements(first: 1) {
      totalCount
      edges {
        node {
          operation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsTrailAgreementsQuery, PermissionsTrailAgreementsQueryVariables>;
export const PermissionsTrailInspectionsDocument = new TypedDocumentString(`
    query PermissionsTrailInspections {
  auditTrail {
    inspections(first: 1) {
      totalCount
      edges {
        node {
          operation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsTrailInspectionsQuery, PermissionsTrailInspectionsQueryVariables>;
export const PermissionsTrailGrievancesDocument = new TypedDocumentString(`
    query PermissionsTrailGrievances {
  auditTrail {
    grievances(first: 1) {
      totalCount
      edges {
        node {
          operation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsTrailGrievancesQuery, PermissionsTrailGrievancesQueryVariables>;
export const PermissionsGrantReportAccessDocument = new TypedDocumentString(`
    mutation PermissionsGrantReportAccess($input: GrantReportAccessInput!, $key: String!) {
  grantReportAccess(input: $input, idempotencyKey: $key) {
    grant {
      id
      active
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsGrantReportAccessMutation, PermissionsGrantReportAccessMutationVariables>;
export const PermissionsRevokeReportAccessDocument = new TypedDocumentString(`
    mutation PermissionsRevokeReportAccess($input: RevokeReportAccessInput!) {
  revokeReportAccess(input: $input) {
    grant {
      id
      active
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsRevokeReportAccessMutation, PermissionsRevokeReportAccessMutationVariables>;
export const PermissionsRequestReportAccessDocument = new TypedDocumentString(`
    mutation PermissionsRequestReportAccess($input: RequestReportAccessInput!, $key: String!) {
  requestReportAccess(input: $input, idempotencyKey: $key) {
    request {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsRequestReportAccessMutation, PermissionsRequestReportAccessMutationVariables>;
export const PermissionsWithdrawReportAccessRequestDocument = new TypedDocumentString(`
    mutation PermissionsWithdrawReportAccessRequest($id: ID!) {
  withdrawReportAccessRequest(id: $id) {
    request {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsWithdrawReportAccessRequestMutation, PermissionsWithdrawReportAccessRequestMutationVariables>;
export const PermissionsDecideReportAccessRequestDocument = new TypedDocumentString(`
    mutation PermissionsDecideReportAccessRequest($input: DecideReportAccessRequestInput!) {
  decideReportAccessRequest(input: $input) {
    request {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsDecideReportAccessRequestMutation, PermissionsDecideReportAccessRequestMutationVariables>;
export const PrincipalBindingFacilityCasesDocument = new TypedDocumentString(`
    query PrincipalBindingFacilityCases($id: ID!) {
  facility(id: $id) {
    id
    grievances(first: 10) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrincipalBindingFacilityCasesQuery, PrincipalBindingFacilityCasesQueryVariables>;
export const ProductionStartFacilityCountDocument = new TypedDocumentString(`
    query ProductionStartFacilityCount {
  facilities(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProductionStartFacilityCountQuery, ProductionStartFacilityCountQueryVariables>;
export const ProductionStartDemoCaseDocument = new TypedDocumentString(`
    query ProductionStartDemoCase($code: String!, $secret: String!) {
  grievanceStatus(trackingCode: $code, secret: $secret) {
    status
  }
}
    `) as unknown as TypedDocumentString<ProductionStartDemoCaseQuery, ProductionStartDemoCaseQueryVariables>;
export const ProductionStartViewerDocument = new TypedDocumentString(`
    query ProductionStartViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<ProductionStartViewerQuery, ProductionStartViewerQueryVariables>;
export const RateLimitViewerRoleDocument = new TypedDocumentString(`
    query RateLimitViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<RateLimitViewerRoleQuery, RateLimitViewerRoleQueryVariables>;
export const ResilienceFacilityDocument = new TypedDocumentString(`
    query ResilienceFacility($id: ID!) {
  facility(id: $id) {
    id
    name
    compliance {
      score
    }
    grievanceSummary {
      open
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceFacilityQuery, ResilienceFacilityQueryVariables>;
export const ResilienceViewerRoleDocument = new TypedDocumentString(`
    query ResilienceViewerRole {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<ResilienceViewerRoleQuery, ResilienceViewerRoleQueryVariables>;
export const SupplierDemoFootwearCountDocument = new TypedDocumentString(`
    query SupplierDemoFootwearCount {
  facilities(first: 1, filter: {sector: ["footwear"]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SupplierDemoFootwearCountQuery, SupplierDemoFootwearCountQueryVariables>;
export const SupplierDemoSearchDocument = new TypedDocumentString(`
    query SupplierDemoSearch($search: String!) {
  facilities(first: 100, filter: {search: $search}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierDemoSearchQuery, SupplierDemoSearchQueryVariables>;
export const SupplierDemoSupplyChainBySectorDocument = new TypedDocumentString(`
    query SupplierDemoSupplyChainBySector($sector: String!) {
  viewer {
    organization {
      supplyChain(first: 100, filter: {sector: [$sector]}) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierDemoSupplyChainBySectorQuery, SupplierDemoSupplyChainBySectorQueryVariables>;
export const SupplierImportListDocument = new TypedDocumentString(`
    mutation SupplierImportList($input: ImportFacilityListInput!, $key: String!) {
  importFacilityList(input: $input, idempotencyKey: $key) {
    import {
      id
      status
      totalRows
      counts {
        new
        matched
        potentialMatch
        error
      }
    }
    rows {
      id
      rowNumber
      outcome
      name
      reason
      facility {
        id
      }
      candidates {
        facility {
          id
        }
        score
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportListMutation, SupplierImportListMutationVariables>;
export const SupplierImportConfirmMatchDocument = new TypedDocumentString(`
    mutation SupplierImportConfirmMatch($row: ID!, $facility: ID!) {
  confirmFacilityMatch(rowId: $row, facilityId: $facility) {
    ...SupplierImportDecision
  }
}
    fragment SupplierImportDecision on FacilityMatchDecisionPayload {
  row {
    id
    outcome
    resolution
    facility {
      id
      name
    }
  }
  facility {
    id
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<SupplierImportConfirmMatchMutation, SupplierImportConfirmMatchMutationVariables>;
export const SupplierImportRejectMatchDocument = new TypedDocumentString(`
    mutation SupplierImportRejectMatch($row: ID!) {
  rejectFacilityMatch(rowId: $row) {
    ...SupplierImportDecision
  }
}
    fragment SupplierImportDecision on FacilityMatchDecisionPayload {
  row {
    id
    outcome
    resolution
    facility {
      id
      name
    }
  }
  facility {
    id
  }
  userErrors {
    code
    message
    field
  }
}`) as unknown as TypedDocumentString<SupplierImportRejectMatchMutation, SupplierImportRejectMatchMutationVariables>;
export const SupplierImportMergeDocument = new TypedDocumentString(`
    mutation SupplierImportMerge($survivor: ID!, $duplicate: ID!) {
  mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
    survivor {
      id
      sectors
      buyers {
        buyer {
          id
        }
        tier
      }
    }
    mergedId
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportMergeMutation, SupplierImportMergeMutationVariables>;
export const SupplierImportSupplyChainDocument = new TypedDocumentString(`
    query SupplierImportSupplyChain {
  viewer {
    organization {
      supplyChain {
        totalCount
        edges {
          node {
            facility {
              id
            }
            products
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportSupplyChainQuery, SupplierImportSupplyChainQueryVariables>;
export const SupplierImportFacilityCountDocument = new TypedDocumentString(`
    query SupplierImportFacilityCount {
  facilities(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SupplierImportFacilityCountQuery, SupplierImportFacilityCountQueryVariables>;
export const SupplierImportListImportDocument = new TypedDocumentString(`
    query SupplierImportListImport($id: ID!) {
  facilityListImport(id: $id) {
    fileName
    uploadedBy
    organization {
      id
    }
    rows(filter: {pending: true}) {
      totalCount
      edges {
        node {
          rowNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportListImportQuery, SupplierImportListImportQueryVariables>;
export const SupplierImportListImportsDocument = new TypedDocumentString(`
    query SupplierImportListImports {
  organization(id: "brand-lumen") {
    facilityListImports {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportListImportsQuery, SupplierImportListImportsQueryVariables>;
export const SupplierImportBuyersDocument = new TypedDocumentString(`
    query SupplierImportBuyers($id: ID!) {
  facility(id: $id) {
    buyers {
      buyer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportBuyersQuery, SupplierImportBuyersQueryVariables>;
export const SupplierImportFacilityDocument = new TypedDocumentString(`
    query SupplierImportFacility($id: ID!) {
  facility(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SupplierImportFacilityQuery, SupplierImportFacilityQueryVariables>;
export const SupplierImportAuditTrailDocument = new TypedDocumentString(`
    query SupplierImportAuditTrail {
  auditTrail {
    suppliers(first: 50) {
      edges {
        node {
          operation
          target
          subject
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierImportAuditTrailQuery, SupplierImportAuditTrailQueryVariables>;
export const SuppliersProvenanceImportDocument = new TypedDocumentString(`
    mutation SuppliersProvenanceImport($input: ImportFacilityListInput!, $key: String!) {
  importFacilityList(input: $input, idempotencyKey: $key) {
    import {
      id
    }
    rows {
      id
      outcome
      facility {
        id
      }
      candidates {
        facility {
          id
        }
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersProvenanceImportMutation, SuppliersProvenanceImportMutationVariables>;
export const SuppliersProvenanceConfirmDocument = new TypedDocumentString(`
    mutation SuppliersProvenanceConfirm($row: ID!, $facility: ID!) {
  confirmFacilityMatch(rowId: $row, facilityId: $facility) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersProvenanceConfirmMutation, SuppliersProvenanceConfirmMutationVariables>;
export const SuppliersProvenanceFacilityDocument = new TypedDocumentString(`
    query SuppliersProvenanceFacility($id: ID!) {
  facility(id: $id) {
    id
    name
    provenance {
      field
      confidence
      recordedAt
      source {
        kind
        listImportId
        rowNumber
        mergedFrom
        contributor {
          ...SuppliersProvenanceContributor
        }
      }
    }
    contributions {
      contributor {
        ...SuppliersProvenanceContributor
      }
      listImportId
      rowNumber
      name
      address
      country
      sectors
      workerCount {
        min
        max
      }
      location {
        latitude
      }
      match
      matchConfidence
      canonicalFields
      differingFields
    }
  }
}
    fragment SuppliersProvenanceContributor on Contributor {
  kind
  anonymous
  organization {
    id
  }
}`) as unknown as TypedDocumentString<SuppliersProvenanceFacilityQuery, SuppliersProvenanceFacilityQueryVariables>;
export const SuppliersProvenanceMergeDocument = new TypedDocumentString(`
    mutation SuppliersProvenanceMerge($survivor: ID!, $duplicate: ID!) {
  mergeFacilities(survivorId: $survivor, duplicateId: $duplicate) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersProvenanceMergeMutation, SuppliersProvenanceMergeMutationVariables>;
export const SuppliersProvenanceMoveDocument = new TypedDocumentString(`
    mutation SuppliersProvenanceMove($facility: ID!, $successor: ID!) {
  recordFacilityMove(facilityId: $facility, successorId: $successor) {
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersProvenanceMoveMutation, SuppliersProvenanceMoveMutationVariables>;
export const SuppliersProvenancePageDocument = new TypedDocumentString(`
    query SuppliersProvenancePage($first: Int!) {
  facilities(first: $first, filter: {country: ["KH"]}) {
    edges {
      node {
        id
        provenance {
          field
          source {
            contributor {
              kind
              organization {
                id
              }
            }
          }
        }
        contributions {
          name
          contributor {
            anonymous
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersProvenancePageQuery, SuppliersProvenancePageQueryVariables>;
export const RecruitmentSubmitInspectionDocument = new TypedDocumentString(`
    mutation RecruitmentSubmitInspection($input: SubmitInspectionInput!, $key: String!) {
  submitInspection(input: $input, idempotencyKey: $key) {
    inspection {
      id
      findings {
        recruitmentAgency {
          id
          kind
          licence {
            number
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecruitmentSubmitInspectionMutation, RecruitmentSubmitInspectionMutationVariables>;
export const RecruitmentGrievanceDocument = new TypedDocumentString(`
    query RecruitmentGrievance($id: ID!) {
  grievance(id: $id) {
    recruitmentAgency {
      id
      kind
    }
    recruitmentAgencyVerified
  }
}
    `) as unknown as TypedDocumentString<RecruitmentGrievanceQuery, RecruitmentGrievanceQueryVariables>;
export const RecruitmentRegisterAgencyDocument = new TypedDocumentString(`
    mutation RecruitmentRegisterAgency($input: RegisterRecruitmentAgencyInput!, $key: String!) {
  registerRecruitmentAgency(input: $input, idempotencyKey: $key) {
    agency {
      id
      name
      kind
      country {
        code
      }
      licence {
        country {
          code
        }
        number
        validUntil
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecruitmentRegisterAgencyMutation, RecruitmentRegisterAgencyMutationVariables>;
export const RecruitmentLinkAgencyDocument = new TypedDocumentString(`
    mutation RecruitmentLinkAgency($input: LinkRecruitmentAgencyInput!, $key: String!) {
  linkRecruitmentAgency(input: $input, idempotencyKey: $key) {
    channel {
      id
      since
      until
      agency {
        id
      }
      corridor {
        fromCountry {
          code
        }
        toCountry {
          code
        }
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecruitmentLinkAgencyMutation, RecruitmentLinkAgencyMutationVariables>;
export const RecruitmentEndAgencyLinkDocument = new TypedDocumentString(`
    mutation RecruitmentEndAgencyLink($id: ID!) {
  endRecruitmentAgencyLink(id: $id) {
    channel {
      id
      until
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecruitmentEndAgencyLinkMutation, RecruitmentEndAgencyLinkMutationVariables>;
export const RecruitmentChannelsOfFacilityDocument = new TypedDocumentString(`
    query RecruitmentChannelsOfFacility($id: ID!) {
  facility(id: $id) {
    recruitmentAgencies {
      id
      agency {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecruitmentChannelsOfFacilityQuery, RecruitmentChannelsOfFacilityQueryVariables>;
export const SupplierRegistryFacilitiesDocument = new TypedDocumentString(`
    query SupplierRegistryFacilities($filter: FacilityFilter) {
  facilities(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierRegistryFacilitiesQuery, SupplierRegistryFacilitiesQueryVariables>;
export const SupplierRegistryFacilityIdDocument = new TypedDocumentString(`
    query SupplierRegistryFacilityId($id: ID!) {
  facility(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupplierRegistryFacilityIdQuery, SupplierRegistryFacilityIdQueryVariables>;
export const SupplierRegistryFacilityDocument = new TypedDocumentString(`
    query SupplierRegistryFacility($id: ID!) {
  facility(id: $id) {
    id
    name
    status
    sectors
  }
}
    `) as unknown as TypedDocumentString<SupplierRegistryFacilityQuery, SupplierRegistryFacilityQueryVariables>;
export const SupplierRegistrySupplyChainDocument = new TypedDocumentString(`
    query SupplierRegistrySupplyChain($id: ID!, $filter: SupplyChainFilter) {
  organization(id: $id) {
    supplyChain(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          tier
          facility {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierRegistrySupplyChainQuery, SupplierRegistrySupplyChainQueryVariables>;
export const SupplierRegistryBuyersDocument = new TypedDocumentString(`
    query SupplierRegistryBuyers($id: ID!) {
  facility(id: $id) {
    buyers {
      buyer {
        id
      }
      publiclyDisclosed
    }
    owner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierRegistryBuyersQuery, SupplierRegistryBuyersQueryVariables>;
export const SupplierRegistryCambodianFacilitiesDocument = new TypedDocumentString(`
    query SupplierRegistryCambodianFacilities($first: Int!) {
  facilities(first: $first, filter: {country: ["KH"]}) {
    totalCount
    edges {
      node {
        id
        owner {
          name
        }
        buyers {
          tier
          buyer {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierRegistryCambodianFacilitiesQuery, SupplierRegistryCambodianFacilitiesQueryVariables>;
export const SupplyChainOfBrandDocument = new TypedDocumentString(`
    query SupplyChainOfBrand($id: ID!, $status: [SupplyChainLinkStatus!]) {
  organization(id: $id) {
    supplyChain(first: 100, filter: {status: $status}) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainOfBrandQuery, SupplyChainOfBrandQueryVariables>;
export const SupplyChainBuyersOfFacilityDocument = new TypedDocumentString(`
    query SupplyChainBuyersOfFacility($id: ID!) {
  facility(id: $id) {
    buyers {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainBuyersOfFacilityQuery, SupplyChainBuyersOfFacilityQueryVariables>;
export const SupplyChainTreeOfBrandDocument = new TypedDocumentString(`
    query SupplyChainTreeOfBrand($id: ID!, $depth: Int, $asOf: Date) {
  organization(id: $id) {
    supplyChainTree(depth: $depth, asOf: $asOf) {
      nodeCount
      truncated
      roots {
        ...SupplyChainTreeNodeFields
        suppliers {
          ...SupplyChainTreeNodeFields
          suppliers {
            ...SupplyChainTreeNodeFields
            suppliers {
              tier
            }
          }
        }
      }
    }
  }
}
    fragment SupplyChainTreeNodeFields on SupplyChainNode {
  tier
  facility {
    id
    name
  }
  link {
    id
    status
  }
}`) as unknown as TypedDocumentString<SupplyChainTreeOfBrandQuery, SupplyChainTreeOfBrandQueryVariables>;
export const SupplyChainProposeDocument = new TypedDocumentString(`
    mutation SupplyChainPropose($input: ProposeSupplyChainLinkInput!, $key: String!) {
  proposeSupplyChainLink(input: $input, idempotencyKey: $key) {
    link {
      ...SupplyChainLinkFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment SupplyChainLinkFields on SupplyChainLink {
  id
  tier
  status
  since
  proposedBy
  endedOn
  endedBy
  endReason
  buyer {
    id
  }
  facility {
    id
  }
  suppliesFacility {
    id
  }
  pendingTierChange {
    tier
    proposedBy
    suppliesFacility {
      id
    }
  }
}`) as unknown as TypedDocumentString<SupplyChainProposeMutation, SupplyChainProposeMutationVariables>;
export const SupplyChainConfirmDocument = new TypedDocumentString(`
    mutation SupplyChainConfirm($id: ID!) {
  confirmSupplyChainLink(id: $id) {
    link {
      ...SupplyChainLinkFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment SupplyChainLinkFields on SupplyChainLink {
  id
  tier
  status
  since
  proposedBy
  endedOn
  endedBy
  endReason
  buyer {
    id
  }
  facility {
    id
  }
  suppliesFacility {
    id
  }
  pendingTierChange {
    tier
    proposedBy
    suppliesFacility {
      id
    }
  }
}`) as unknown as TypedDocumentString<SupplyChainConfirmMutation, SupplyChainConfirmMutationVariables>;
export const SupplyChainDeclineDocument = new TypedDocumentString(`
    mutation SupplyChainDecline($id: ID!, $reason: String) {
  declineSupplyChainLink(id: $id, reason: $reason) {
    link {
      ...SupplyChainLinkFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment SupplyChainLinkFields on SupplyChainLink {
  id
  tier
  status
  since
  proposedBy
  endedOn
  endedBy
  endReason
  buyer {
    id
  }
  facility {
    id
  }
  suppliesFacility {
    id
  }
  pendingTierChange {
    tier
    proposedBy
    suppliesFacility {
      id
    }
  }
}`) as unknown as TypedDocumentString<SupplyChainDeclineMutation, SupplyChainDeclineMutationVariables>;
export const SupplyChainEndDocument = new TypedDocumentString(`
    mutation SupplyChainEnd($input: EndSupplyChainLinkInput!) {
  endSupplyChainLink(input: $input) {
    link {
      ...SupplyChainLinkFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment SupplyChainLinkFields on SupplyChainLink {
  id
  tier
  status
  since
  proposedBy
  endedOn
  endedBy
  endReason
  buyer {
    id
  }
  facility {
    id
  }
  suppliesFacility {
    id
  }
  pendingTierChange {
    tier
    proposedBy
    suppliesFacility {
      id
    }
  }
}`) as unknown as TypedDocumentString<SupplyChainEndMutation, SupplyChainEndMutationVariables>;
export const SupplyChainChangeTierDocument = new TypedDocumentString(`
    mutation SupplyChainChangeTier($input: ChangeSupplyChainTierInput!) {
  changeSupplyChainTier(input: $input) {
    link {
      ...SupplyChainLinkFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment SupplyChainLinkFields on SupplyChainLink {
  id
  tier
  status
  since
  proposedBy
  endedOn
  endedBy
  endReason
  buyer {
    id
  }
  facility {
    id
  }
  suppliesFacility {
    id
  }
  pendingTierChange {
    tier
    proposedBy
    suppliesFacility {
      id
    }
  }
}`) as unknown as TypedDocumentString<SupplyChainChangeTierMutation, SupplyChainChangeTierMutationVariables>;