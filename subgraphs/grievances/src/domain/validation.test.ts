import { describe, expect, it } from 'vitest';
import { checkCharacter } from '../../../../vocabulary/facility-id';
import { parseGrievanceSubmission, type SubmissionIssue } from './validation';

// A registry id with its check character, and the same id with a wrong one.
const FACILITY_ID = `BD2019085FEBK7${checkCharacter('BD2019085FEBK7')}`;
const MISTYPED_ID = `BD2019085FEBK7${checkCharacter('BD2019085FEBK7') === 'R' ? 'S' : 'R'}`;

const valid = {
  facility: { id: FACILITY_ID },
  areas: ['WORKING_TIME', 'COMPENSATION'],
  retaliationClaim: false,
  summary: 'Forced overtime without pay before shipment',
  description: 'For three weeks the line supervisor kept us until 22:00 and the overtime was not paid.',
  language: 'bn-BD',
  channel: 'WHATSAPP',
  workersAffected: 120,
  filedBy: 'WORKER',
};

function issuesOf(input: unknown): SubmissionIssue[] {
  const result = parseGrievanceSubmission(input);
  if (result.ok) throw new Error('expected the submission to be refused');
  return result.issues;
}

function issueAt(input: unknown, path: string): string | undefined {
  return issuesOf(input).find((issue) => issue.path === path)?.message;
}

describe('accepting a grievance submission', () => {
  it('accepts a complete submission by facility id', () => {
    const result = parseGrievanceSubmission(valid);
    expect(result).toEqual({ ok: true, value: { ...valid, facility: { id: FACILITY_ID }, brandIds: [] } });
  });

  it('accepts a facility given by name and country, normalising the country code', () => {
    const result = parseGrievanceSubmission({ ...valid, facility: { name: ' Dhaka Knit Ltd ', country: 'bd' } });
    expect(result.ok && result.value.facility).toEqual({ name: 'Dhaka Knit Ltd', country: 'BD' });
  });

  it('leaves optional fields out and defaults the retaliation claim to false', () => {
    const { workersAffected: _w, retaliationClaim: _r, ...minimal } = valid;
    const result = parseGrievanceSubmission({ ...minimal, contact: null });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.retaliationClaim).toBe(false);
      expect(result.value.workersAffected).toBeUndefined();
      expect(result.value.contact).toBeUndefined();
    }
  });

  it('reads GraphQL nulls and blank form fields as not given', () => {
    const result = parseGrievanceSubmission({
      ...valid,
      workersAffected: null,
      retaliationClaim: null,
      contact: '   ',
      facility: { id: FACILITY_ID, name: '', country: null },
    });
    expect(result.ok).toBe(true);
  });

  it('canonicalises the language tag and upper-cases codes typed in lower case', () => {
    const result = parseGrievanceSubmission({
      ...valid,
      language: 'FR-ca',
      channel: 'sms',
      filedBy: 'anonymous',
      areas: ['forced_labour'],
      facility: { id: FACILITY_ID.toLowerCase() },
    });
    expect(result.ok && result.value).toMatchObject({
      language: 'fr-CA',
      channel: 'SMS',
      filedBy: 'ANONYMOUS',
      areas: ['FORCED_LABOUR'],
      facility: { id: FACILITY_ID },
    });
  });

  it('drops duplicate areas', () => {
    const result = parseGrievanceSubmission({ ...valid, areas: ['CHILD_LABOUR', 'CHILD_LABOUR', 'DISCRIMINATION'] });
    expect(result.ok && result.value.areas).toEqual(['CHILD_LABOUR', 'DISCRIMINATION']);
  });

  it('counts characters, not UTF-16 units, so a 280-character Bengali or emoji summary fits', () => {
    expect(parseGrievanceSubmission({ ...valid, summary: '😷'.repeat(280) }).ok).toBe(true);
    expect(parseGrievanceSubmission({ ...valid, summary: 'অ'.repeat(280) }).ok).toBe(true);
    expect(issueAt({ ...valid, summary: 'অ'.repeat(281) }, 'summary')).toBe(
      'summary must be at most 280 characters (it has 281)',
    );
  });

  it('accepts the boundary values of every range', () => {
    expect(parseGrievanceSubmission({ ...valid, workersAffected: 0 }).ok).toBe(true);
    expect(parseGrievanceSubmission({ ...valid, workersAffected: 1_000_000 }).ok).toBe(true);
    expect(parseGrievanceSubmission({ ...valid, summary: 'x', description: 'y' }).ok).toBe(true);
    expect(parseGrievanceSubmission({ ...valid, description: 'd'.repeat(20_000), contact: 'c'.repeat(500) }).ok).toBe(
      true,
    );
  });
});

describe('refusing a grievance submission with readable messages', () => {
  it('requires the facility, either by id or by name and country', () => {
    const { facility: _f, ...noFacility } = valid;
    expect(issueAt(noFacility, 'facility')).toBe('facility is required');
    expect(issueAt({ ...valid, facility: {} }, 'facility')).toBe('give the facility by id, or by name and country');
    expect(issueAt({ ...valid, facility: { id: FACILITY_ID, name: 'X', country: 'BD' } }, 'facility')).toMatch(
      /not both/,
    );
    expect(issueAt({ ...valid, facility: { name: 'Dhaka Knit' } }, 'facility.country')).toBe(
      'country is required with the facility name',
    );
    expect(issueAt({ ...valid, facility: { country: 'BD' } }, 'facility.name')).toBe(
      'facility name is required with country',
    );
  });

  it('refuses a facility id that is not 15 characters in Open Supply Hub form', () => {
    expect(issueAt({ ...valid, facility: { id: 'BD2019085FEBK7' } }, 'facility.id')).toMatch(
      /Open Supply Hub id of 15 characters/,
    );
    expect(issueAt({ ...valid, facility: { id: 'BDXX19085FEBK7R' } }, 'facility.id')).toBeDefined();
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code', () => {
    for (const country of ['UK', 'EU', 'BGD', 'ZZ']) {
      expect(issueAt({ ...valid, facility: { name: 'X', country } }, 'facility.country')).toBe(
        'country must be an ISO 3166-1 alpha-2 code such as BD or VN',
      );
    }
  });

  it('requires at least one known area and names the wrong one', () => {
    expect(issueAt({ ...valid, areas: [] }, 'areas')).toBe('choose at least one area');
    expect(issueAt({ ...valid, areas: ['WORKING_TIME', 'WAGES'] }, 'areas.1')).toMatch(
      /^each area must be one of CHILD_LABOUR, /,
    );
  });

  it('refuses empty, blank and over-long texts', () => {
    expect(issueAt({ ...valid, summary: '   ' }, 'summary')).toBe('summary must not be empty');
    expect(issueAt({ ...valid, description: 'd'.repeat(20_001) }, 'description')).toBe(
      'description must be at most 20,000 characters (it has 20,001)',
    );
    expect(issueAt({ ...valid, contact: 'c'.repeat(501) }, 'contact')).toMatch(/at most 500 characters/);
    expect(issueAt({ ...valid, description: 'before\u0000after' }, 'description')).toBe(
      'description must not contain NUL characters',
    );
  });

  it('refuses a language that is not a BCP 47 tag', () => {
    expect(issueAt({ ...valid, language: 'bengali please' }, 'language')).toMatch(
      /^language must be a BCP 47 language tag/,
    );
    expect(issueAt({ ...valid, language: '' }, 'language')).toBeDefined();
  });

  it('refuses an unknown channel or filer, listing the choices', () => {
    expect(issueAt({ ...valid, channel: 'FAX' }, 'channel')).toBe(
      'channel must be one of WEB, PHONE, SMS, WHATSAPP, IN_PERSON, EMAIL, HOTLINE, UNION_REPRESENTATIVE',
    );
    expect(issueAt({ ...valid, filedBy: 'EMPLOYER' }, 'filedBy')).toBe(
      'filedBy must be one of WORKER, UNION, CIVIL_SOCIETY, BRAND, REGULATOR, ANONYMOUS',
    );
  });

  it('refuses a worker count that is negative, fractional or too large', () => {
    expect(issueAt({ ...valid, workersAffected: -1 }, 'workersAffected')).toBe('workersAffected cannot be negative');
    expect(issueAt({ ...valid, workersAffected: 2.5 }, 'workersAffected')).toBe(
      'workersAffected must be a whole number',
    );
    expect(issueAt({ ...valid, workersAffected: 1_000_001 }, 'workersAffected')).toBe(
      'workersAffected must be at most 1,000,000',
    );
    expect(issueAt({ ...valid, workersAffected: '12' }, 'workersAffected')).toBe('workersAffected must be a number');
  });

  it('refuses a non-boolean retaliation claim and unknown fields', () => {
    expect(issueAt({ ...valid, retaliationClaim: 'yes' }, 'retaliationClaim')).toBe(
      'retaliationClaim must be true or false',
    );
    expect(issueAt({ ...valid, handler: 'me' }, '')).toBe('unknown field: handler');
  });

  it('reports every problem at once, each at its own path', () => {
    const issues = issuesOf({ areas: [], channel: 'FAX' });
    const paths = issues.map((issue) => issue.path);
    for (const path of ['facility', 'areas', 'summary', 'description', 'language', 'channel', 'filedBy'])
      expect(paths).toContain(path);
    expect(issues.find((i) => i.path === 'summary')?.message).toBe('summary is required');
  });

  it('refuses something that is not an object without throwing', () => {
    expect(issuesOf(null)).toEqual([{ path: '', message: 'the submission must be an object' }]);
    expect(issuesOf('grievance')).toEqual([{ path: '', message: 'the submission must be an object' }]);
  });

  it('refuses a facility id whose check character does not match, suggesting name and country', () => {
    expect(issueAt({ ...valid, facility: { id: MISTYPED_ID } }, 'facility.id')).toMatch(
      /check character.*name and country/,
    );
  });

  it('refuses a facility id from a country that does not exist', () => {
    expect(
      issueAt({ ...valid, facility: { id: `XX2019085FEBK7${checkCharacter('XX2019085FEBK7')}` } }, 'facility.id'),
    ).toMatch(/"XX" is not a known country code/);
  });

  it('keeps the confidential identity, the mechanism and the parties the filer names', () => {
    const result = parseGrievanceSubmission({
      ...valid,
      complainantIdentity: ' Rahima K., sewing line 4 ',
      agreementId: 'agr-bd-safety-accord',
      facilityOwnerId: 'org-dhaka-knit-composite',
      brandIds: ['org-atlas-outfitters', 'org-atlas-outfitters'],
    });
    expect(result.ok && result.value).toMatchObject({
      complainantIdentity: 'Rahima K., sewing line 4',
      agreementId: 'agr-bd-safety-accord',
      facilityOwnerId: 'org-dhaka-knit-composite',
      brandIds: ['org-atlas-outfitters'],
    });
  });

  it('refuses ids of other subgraphs that cannot be ids, and too many brands', () => {
    expect(issueAt({ ...valid, agreementId: 'agr usmca; drop' }, 'agreementId')).toMatch(/must be an id/);
    expect(issueAt({ ...valid, brandIds: Array.from({ length: 21 }, (_, i) => `org-${i}`) }, 'brandIds')).toBe(
      'name at most 20 brands',
    );
  });
});
