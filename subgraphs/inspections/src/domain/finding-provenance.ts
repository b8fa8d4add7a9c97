import type {
  Confidence,
  FindingConfidenceBasis,
  FindingStatus,
  InspectionKind,
  InspectionStatus,
} from '../__generated__/resolvers-types';

/**
 * How sure the graph is of a finding, from what the finding and its inspection store:
 *
 * | the finding | basis | confidence |
 * | --- | --- | --- |
 * | disputed by the facility's owner (the finding is DISPUTED) | DISPUTED | REPORTED |
 * | recorded by the labour inspectorate of the facility's country | LABOUR_INSPECTORATE_ON_SITE | VERIFIED |
 * | recorded by a joint inspection every partner has cosigned | JOINT_INSPECTION_COSIGNED | VERIFIED |
 * | recorded by a joint inspection awaiting a partner's signature | JOINT_INSPECTION_AWAITING_COSIGNATURE | REPORTED |
 * | recorded by a social audit firm | SOCIAL_AUDIT | REPORTED |
 * | recorded at a follow-up visit | FOLLOW_UP | REPORTED |
 *
 * A dispute comes first: while the facility's owner contests a finding it stands as the
 * conductor's report, whoever conducted. An inspectorate's finding is verified because a public
 * inspectorate saw it on site under its legal mandate; a social audit's is the audit firm's
 * report to its client. A follow-up may be made by an inspectorate or by an audit firm and the
 * inspection does not record which, so it is not claimed as verified. Nothing a finding records is
 * derived by the graph, so no finding is INFERRED.
 */
export interface FindingFacts {
  findingStatus: FindingStatus;
  inspectionKind: InspectionKind;
  inspectionStatus: InspectionStatus;
}

export interface FindingConfidence {
  confidence: Confidence;
  basis: FindingConfidenceBasis;
}

const BY_KIND: Record<InspectionKind, FindingConfidence> = {
  LABOUR_INSPECTORATE: { confidence: 'VERIFIED', basis: 'LABOUR_INSPECTORATE_ON_SITE' },
  JOINT_INSPECTION: { confidence: 'VERIFIED', basis: 'JOINT_INSPECTION_COSIGNED' },
  SOCIAL_AUDIT: { confidence: 'REPORTED', basis: 'SOCIAL_AUDIT' },
  FOLLOW_UP: { confidence: 'REPORTED', basis: 'FOLLOW_UP' },
};

export function findingConfidence(facts: FindingFacts): FindingConfidence {
  // An inspection is DISPUTED when any of its findings is: only the contested finding loses its standing.
  if (facts.findingStatus === 'DISPUTED') return { confidence: 'REPORTED', basis: 'DISPUTED' };
  if (facts.inspectionKind === 'JOINT_INSPECTION' && facts.inspectionStatus === 'AWAITING_COSIGNATURE')
    return { confidence: 'REPORTED', basis: 'JOINT_INSPECTION_AWAITING_COSIGNATURE' };
  return BY_KIND[facts.inspectionKind];
}

/** A finding's provenance as the API shows it: its inspection (already loaded), conductor and confidence. */
export function findingProvenance<Inspection extends InspectionFacts>(
  finding: { status: FindingStatus },
  inspection: Inspection,
) {
  return {
    source: {
      inspection,
      kind: inspection.kind,
      conductedBy: { id: inspection.conductedById },
      recordedOn: inspection.endedOn,
    },
    ...findingConfidence({
      findingStatus: finding.status,
      inspectionKind: inspection.kind,
      inspectionStatus: inspection.status,
    }),
  };
}

interface InspectionFacts {
  kind: InspectionKind;
  status: InspectionStatus;
  conductedById: string;
  endedOn: string;
}
