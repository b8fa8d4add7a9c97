import { describe, expect, it } from 'vitest';
import type { RecordedRatification } from '../entities/ratification.entity';
import { currentRatifications, ratificationChange, type CurrentRatification } from './ratifications';

const current = (status: CurrentRatification['status'], date: string, statusSince = date): CurrentRatification => ({
  countryCode: 'US',
  conventionCode: 'C087',
  date,
  status,
  statusSince,
  dateCertain: true,
  note: null,
  source: 'RECORDED',
});

describe('recording ratifications', () => {
  it('registers a first ratification on its date', () => {
    expect(ratificationChange(undefined, 'NOT_IN_FORCE', '2024-05-01')).toEqual({
      ok: true,
      date: '2024-05-01',
      statusSince: '2024-05-01',
    });
  });

  it('records entry into force no earlier than registration, keeping the registration date', () => {
    expect(ratificationChange(current('NOT_IN_FORCE', '2024-05-01'), 'IN_FORCE', '2025-05-01')).toEqual({
      ok: true,
      date: '2024-05-01',
      statusSince: '2025-05-01',
    });
    expect(ratificationChange(current('NOT_IN_FORCE', '2024-05-01'), 'IN_FORCE', '2024-04-01')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cannot precede/),
    });
  });

  it('denounces only what is ratified, and only after the current status began', () => {
    expect(ratificationChange(undefined, 'DENOUNCED', '2024-01-01')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only a ratified/),
    });
    expect(ratificationChange(current('IN_FORCE', '2000-01-01'), 'DENOUNCED', '2000-01-01')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/must come after/),
    });
    expect(ratificationChange(current('IN_FORCE', '2000-01-01'), 'DENOUNCED', '2010-01-01')).toEqual({
      ok: true,
      date: '2000-01-01',
      statusSince: '2010-01-01',
    });
  });

  it('allows ratifying again after a denunciation, not before it', () => {
    const denounced = current('DENOUNCED', '2000-01-01', '2010-01-01');
    expect(ratificationChange(denounced, 'IN_FORCE', '2009-01-01')).toMatchObject({ ok: false });
    expect(ratificationChange(denounced, 'IN_FORCE', '2015-01-01')).toEqual({
      ok: true,
      date: '2015-01-01',
      statusSince: '2015-01-01',
    });
  });

  it('refuses recording the same status again or going back to NOT_IN_FORCE', () => {
    expect(ratificationChange(current('IN_FORCE', '2000-01-01'), 'IN_FORCE', '2001-01-01')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already IN_FORCE/),
    });
    expect(ratificationChange(current('IN_FORCE', '2000-01-01'), 'NOT_IN_FORCE', '2001-01-01')).toMatchObject({
      ok: false,
    });
  });
});

describe('current ratifications', () => {
  it('serves the reference records, superseded by recorded ones for the same pair', () => {
    const reference = currentRatifications([], (record) => record.countryCode === 'US');
    expect(reference.map((record) => record.conventionCode)).toEqual(['C105', 'C144', 'C182']);
    expect(reference.every((record) => record.source === 'REFERENCE_DATA')).toBe(true);
    const recorded = {
      countryCode: 'US',
      conventionCode: 'C182',
      date: '1999-12-02',
      status: 'DENOUNCED',
      statusSince: '2030-01-01',
      dateCertain: true,
      note: null,
    } as RecordedRatification;
    const merged = currentRatifications([recorded], (record) => record.countryCode === 'US');
    expect(merged.map((record) => `${record.conventionCode}:${record.status}:${record.source}`)).toEqual([
      'C105:IN_FORCE:REFERENCE_DATA',
      'C144:IN_FORCE:REFERENCE_DATA',
      'C182:DENOUNCED:RECORDED',
    ]);
  });
});
