import { describe, expect, it } from 'vitest';
import { sharingOf } from './sharing';

const grant = (category: 'INSPECTION_FINDINGS' | 'GRIEVANCE_CASES', from: string, agreement: string) => ({
  category,
  from: { code: from },
  agreement: { id: agreement },
});

describe('sharingOf', () => {
  it('lists per category the sending countries and, per country, the agreements that share it', () => {
    const sharing = sharingOf('NL', [
      grant('INSPECTION_FINDINGS', 'BD', 'agr-bd-nl'),
      grant('INSPECTION_FINDINGS', 'BD', 'agr-network'),
      grant('INSPECTION_FINDINGS', 'MX', 'agr-network'),
      grant('GRIEVANCE_CASES', 'BD', 'agr-bd-nl'),
      grant('GRIEVANCE_CASES', 'BD', 'agr-bd-nl'),
    ]);
    expect(sharing.sharedWith).toEqual({
      INSPECTION_FINDINGS: ['BD', 'MX'],
      GRIEVANCE_CASES: ['BD'],
      SUPPLIER_REGISTRY: [],
      ENFORCEMENT_ACTIONS: [],
    });
    expect(sharing.sharingAgreements).toEqual({
      INSPECTION_FINDINGS: { BD: ['agr-bd-nl', 'agr-network'], MX: ['agr-network'] },
      GRIEVANCE_CASES: { BD: ['agr-bd-nl'] },
      SUPPLIER_REGISTRY: {},
      ENFORCEMENT_ACTIONS: {},
    });
  });

  it('never lists the regulator’s own country', () => {
    expect(sharingOf('NL', [grant('INSPECTION_FINDINGS', 'NL', 'agr-odd')]).sharedWith.INSPECTION_FINDINGS).toEqual([]);
  });
});
