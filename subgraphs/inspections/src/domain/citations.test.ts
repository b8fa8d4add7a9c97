import { describe, expect, it } from 'vitest';
import { citationIssues, citationOf, findingCitationIssues, type CitedFinding } from './citations';

const finding = (overrides: Partial<CitedFinding> = {}): CitedFinding => ({
  area: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
  severity: 'MAJOR',
  conventions: ['C155'],
  ...overrides,
});

const messages = (f: CitedFinding) => findingCitationIssues(f, 0).map((issue) => issue.message);

describe('conventions a finding cites', () => {
  it('accepts instruments listed for the finding’s area, technical ones included', () => {
    expect(citationIssues([finding(), finding({ area: 'WORKING_TIME', conventions: ['C001', 'C014'] })])).toEqual([]);
    expect(citationIssues([finding({ area: 'COMPENSATION', conventions: ['C095', 'C131'] })])).toEqual([]);
    expect(citationIssues([finding({ area: 'FORCED_LABOUR', conventions: ['C181'] })])).toEqual([]);
  });

  it('refuses an unknown code, listing the codes it knows', () => {
    const [issue] = findingCitationIssues(finding({ conventions: ['C155', 'C999'] }), 3);
    expect(issue.path).toEqual(['findings', '3', 'conventions', '1']);
    expect(issue.message).toMatch(
      /^C999 is not an ILO instrument the graph knows; known codes: C001, C014, .*C190, P029$/,
    );
  });

  it('refuses an instrument outside the area, naming the area’s instruments', () => {
    expect(messages(finding({ area: 'FORCED_LABOUR', severity: 'ZERO_TOLERANCE', conventions: ['C155'] }))).toEqual([
      'C155 cannot be cited for FORCED_LABOUR; its instruments are C029, P029, C105, C181',
    ]);
  });

  it('leaves malformed codes to the shape check', () => {
    expect(messages(finding({ conventions: ['c155', 'X1'] }))).toEqual([]);
  });

  it('requires a zero-tolerance finding to cite at least one instrument of its area', () => {
    expect(messages(finding({ area: 'CHILD_LABOUR', severity: 'ZERO_TOLERANCE', conventions: [] }))).toEqual([
      'a ZERO_TOLERANCE finding must cite at least one ILO instrument; for CHILD_LABOUR: C138, C182',
    ]);
    expect(messages(finding({ severity: 'MINOR', conventions: null }))).toEqual([]);
  });
});

describe('the audit scheme code of a finding', () => {
  it('takes the code’s topic, and its conventions when the finding cites none', () => {
    const filed = finding({ conventions: [], schemeCode: { scheme: 'SMETA', code: '3' } });
    expect(messages(filed)).toEqual([]);
    expect(citationOf(filed)).toEqual({
      conventions: ['C155', 'C187'],
      scheme: 'SMETA',
      schemeCode: '3',
      topic: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
    });
    expect(citationOf(finding({ schemeCode: { scheme: 'AMFORI_BSCI', code: 'pa7' } }))).toMatchObject({
      conventions: ['C155'],
      schemeCode: 'PA7',
      topic: 'OCCUPATIONAL_SAFETY_AND_HEALTH',
    });
  });

  it('satisfies the zero-tolerance rule through the code’s conventions', () => {
    const filed = finding({
      area: 'FORCED_LABOUR',
      severity: 'ZERO_TOLERANCE',
      conventions: [],
      schemeCode: { scheme: 'BETTER_WORK', code: 'FL.2' },
    });
    expect(messages(filed)).toEqual([]);
    expect(citationOf(filed).conventions).toEqual(['C029', 'P029', 'C105']);
  });

  it('refuses an unknown code, listing the scheme’s codes', () => {
    const [issue] = findingCitationIssues(finding({ schemeCode: { scheme: 'SMETA', code: '12' } }), 0);
    expect(issue.path).toEqual(['findings', '0', 'schemeCode', 'code']);
    expect(issue.message).toBe('SMETA has no code "12"; its codes are 1, 2, 3, 4, 5, 6, 7, 8, 8A, 9, 10A');
  });

  it('refuses a code of another area', () => {
    expect(
      messages(finding({ area: 'WORKING_TIME', conventions: ['C001'], schemeCode: { scheme: 'SMETA', code: '1' } })),
    ).toEqual([
      'SMETA 1 (Employment is freely chosen) is a FORCED_LABOUR code, not WORKING_TIME; SMETA codes for WORKING_TIME: 6',
    ]);
  });
});
