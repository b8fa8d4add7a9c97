import { describe, expect, it } from 'vitest';
import { findingConfidence } from './finding-provenance';

const facts = { findingStatus: 'OPEN', inspectionStatus: 'PUBLISHED' } as const;

describe('the confidence of a finding', () => {
  it('is VERIFIED when an inspectorate recorded it on site, alone or jointly once cosigned', () => {
    expect(findingConfidence({ ...facts, inspectionKind: 'LABOUR_INSPECTORATE' })).toEqual({
      confidence: 'VERIFIED',
      basis: 'LABOUR_INSPECTORATE_ON_SITE',
    });
    expect(findingConfidence({ ...facts, inspectionKind: 'JOINT_INSPECTION', inspectionStatus: 'SUBMITTED' })).toEqual({
      confidence: 'VERIFIED',
      basis: 'JOINT_INSPECTION_COSIGNED',
    });
  });

  it('is REPORTED for a social audit, a follow-up and a joint inspection awaiting a signature', () => {
    expect(findingConfidence({ ...facts, inspectionKind: 'SOCIAL_AUDIT' })).toEqual({
      confidence: 'REPORTED',
      basis: 'SOCIAL_AUDIT',
    });
    expect(findingConfidence({ ...facts, inspectionKind: 'FOLLOW_UP' }).confidence).toBe('REPORTED');
    expect(
      findingConfidence({ ...facts, inspectionKind: 'JOINT_INSPECTION', inspectionStatus: 'AWAITING_COSIGNATURE' }),
    ).toEqual({ confidence: 'REPORTED', basis: 'JOINT_INSPECTION_AWAITING_COSIGNATURE' });
  });

  it('is REPORTED while the facility’s owner disputes the finding, whoever conducted', () => {
    for (const inspectionKind of ['LABOUR_INSPECTORATE', 'JOINT_INSPECTION', 'SOCIAL_AUDIT'] as const) {
      expect(findingConfidence({ ...facts, inspectionKind, findingStatus: 'DISPUTED' })).toEqual({
        confidence: 'REPORTED',
        basis: 'DISPUTED',
      });
    }
  });

  it('keeps the other findings of a disputed inspection as they were', () => {
    const other = {
      inspectionKind: 'LABOUR_INSPECTORATE',
      findingStatus: 'OPEN',
      inspectionStatus: 'DISPUTED',
    } as const;
    expect(findingConfidence(other)).toEqual({ confidence: 'VERIFIED', basis: 'LABOUR_INSPECTORATE_ON_SITE' });
  });

  it('returns to its conductor’s confidence once a dispute is settled', () => {
    const settled = { inspectionKind: 'LABOUR_INSPECTORATE', findingStatus: 'IN_PROGRESS' } as const;
    expect(findingConfidence({ ...settled, inspectionStatus: 'PUBLISHED' }).confidence).toBe('VERIFIED');
  });
});
