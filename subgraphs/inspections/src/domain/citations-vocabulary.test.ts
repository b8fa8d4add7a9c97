import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_SCHEMES,
  AUDIT_SCHEMES_FILE,
  AUDIT_SCHEME_LIST,
  FINDING_TOPICS,
  parseAuditSchemes,
  schemeCode,
  schemeCodes,
} from '../../../../vocabulary/audit-schemes';
import { COMPLIANCE_AREAS } from '../../../../vocabulary/compliance-areas';
import { ILO_INSTRUMENTS_FILE, instrumentsOfArea, parseIloInstruments } from '../../../../vocabulary/ilo-instruments';
import { AuditScheme, FindingTopic } from '../__generated__/resolvers-types';

/** The shared vocabulary findings cite: the ILO instruments and the audit schemes’ codes (vocabulary/). */

const raw = () => JSON.parse(readFileSync(AUDIT_SCHEMES_FILE, 'utf8'));

describe('the ILO instruments list', () => {
  it('gives every compliance area instruments to cite', () => {
    for (const area of COMPLIANCE_AREAS) expect(instrumentsOfArea(area), area).not.toEqual([]);
    expect(instrumentsOfArea('WORKING_TIME')).toEqual(['C001', 'C014', 'C132']);
  });

  it('refuses a duplicate code, naming the file', () => {
    const file = JSON.parse(readFileSync(ILO_INSTRUMENTS_FILE, 'utf8'));
    file.conventions.push(file.conventions[0]);
    expect(() => parseIloInstruments(file)).toThrow(/ilo-instruments\.json: duplicate convention code C029/);
  });
});

describe('the audit schemes’ codes', () => {
  it('declares in the schema exactly the schemes and topics of the vocabulary', () => {
    expect(Object.values(AuditScheme)).toEqual([...AUDIT_SCHEMES]);
    expect(Object.values(FindingTopic)).toEqual([...FINDING_TOPICS]);
  });

  it('names the source of every scheme and gives every scheme codes in every area', () => {
    expect(AUDIT_SCHEME_LIST.schemes.map((s) => s.scheme)).toEqual([...AUDIT_SCHEMES]);
    expect(AUDIT_SCHEME_LIST.schemes.find((s) => s.scheme === 'AMFORI_BSCI')?.source).toMatch(/2021/);
    for (const scheme of AUDIT_SCHEMES)
      for (const area of COMPLIANCE_AREAS) expect(schemeCodes({ scheme, area }), `${scheme} ${area}`).not.toEqual([]);
  });

  it('gives codes of different schemes that mean the same thing one topic', () => {
    const topicOf = (scheme: (typeof AUDIT_SCHEMES)[number], code: string) => schemeCode(scheme, code)?.topic;
    expect([topicOf('BETTER_WORK', 'FL.1'), topicOf('SMETA', '1'), topicOf('AMFORI_BSCI', 'PA11')]).toEqual([
      'FORCED_LABOUR',
      'FORCED_LABOUR',
      'FORCED_LABOUR',
    ]);
    expect([topicOf('BETTER_WORK', 'WT.2'), topicOf('SMETA', '6'), topicOf('AMFORI_BSCI', 'pa6')]).toEqual([
      'WORKING_HOURS',
      'WORKING_HOURS',
      'WORKING_HOURS',
    ]);
    expect(AUDIT_SCHEME_LIST.topics.map((t) => t.topic)).toEqual([...FINDING_TOPICS]);
  });

  it('refuses a code resting on a convention that is not cited for its area', () => {
    const file = raw();
    file.schemes[1].codes[0].conventions = ['C155'];
    expect(() => parseAuditSchemes(file)).toThrow(
      /audit-schemes\.json: SMETA 1 rests on C155, which is not cited for FORCED_LABOUR/,
    );
  });

  it('refuses an unknown convention and a code listed twice', () => {
    const unknown = raw();
    unknown.schemes[2].codes[0].conventions = ['C999'];
    expect(() => parseAuditSchemes(unknown)).toThrow(/AMFORI_BSCI PA3 rests on unknown instrument C999/);
    const twice = raw();
    twice.schemes[0].codes.push(twice.schemes[0].codes[0]);
    expect(() => parseAuditSchemes(twice)).toThrow(/BETTER_WORK lists a code twice/);
  });
});
