import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sampleMatchingWorkload } from '../facility-list-import/sample-list';
import { createMatchIndex, matchFacility, type RegisteredFacility } from './matching';

const readCsv = (file: string): Record<string, string>[] =>
  parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'), { columns: true });

describe('matching on the labelled fixture (fixtures/matching-*.csv)', () => {
  it('automatic matches reach precision ≥ 0.98 and recall ≥ 0.90', () => {
    const registry = readCsv('matching-registry.csv') as unknown as RegisteredFacility[];
    const incoming = readCsv('matching-incoming.csv');
    expect(registry.length + incoming.length).toBeGreaterThanOrEqual(1_000);

    const index = createMatchIndex(registry);
    const byVariation: Record<
      string,
      { rows: number; matched: number; correct: number; potential: number; new: number }
    > = {};
    let matched = 0;
    let correct = 0;
    let existing = 0;
    for (const row of incoming) {
      const result = index.match({ country: row.country, name: row.name, address: row.address });
      const tally = (byVariation[row.variation] ??= { rows: 0, matched: 0, correct: 0, potential: 0, new: 0 });
      tally.rows++;
      if (row.expected !== 'NEW') existing++;
      if (result.outcome === 'MATCHED') {
        matched++;
        tally.matched++;
        if (result.facilityId === row.expected) {
          correct++;
          tally.correct++;
        }
      } else if (result.outcome === 'POTENTIAL_MATCH') tally.potential++;
      else tally.new++;
    }

    const precision = correct / matched;
    const recall = correct / existing;
    console.log(
      `facility matching: precision ${precision.toFixed(4)} (${correct}/${matched} automatic matches correct), ` +
        `recall ${recall.toFixed(4)} (${correct}/${existing} rows of registered facilities matched automatically)`,
    );
    console.table(byVariation);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('matchFacility', () => {
  const registry: RegisteredFacility[] = [
    {
      id: 'BD2024001AAAAA1',
      country: 'BD',
      name: 'Sunrise Garments Ltd.',
      address: 'Plot 12, Kashimpur Road, Konabari, Gazipur 1751',
    },
    {
      id: 'BD2024002AAAAA2',
      country: 'BD',
      name: 'Sunrise Garments Unit 2 Ltd.',
      address: 'Holding 45, Ashulia, Savar, Dhaka 1341',
    },
    {
      id: 'BD2024003AAAAA3',
      country: 'BD',
      name: 'Envoy Knitwear Limited',
      address: 'Plot 14, Kashimpur Road, Konabari, Gazipur 1751',
    },
    {
      id: 'VN2024004AAAAA4',
      country: 'VN',
      name: 'Công ty TNHH Việt Tiến May Mặc',
      address: 'Lô A5, KCN Tân Thuận, Quận 7, TP. Hồ Chí Minh',
    },
    {
      id: 'KH2024005AAAAA5',
      country: 'KH',
      name: 'Hung Wah Garment (Cambodia) Co., Ltd.',
      address: 'Phum Prey Pring, Sangkat Chaom Chau, Phnom Penh',
    },
    {
      id: 'KH2024006AAAAA6',
      country: 'KH',
      name: 'Hung Wah Garment (Cambodia) Co., Ltd.',
      address: 'Phum Prey Pring, Sangkat Chaom Chau, Phnom Penh',
    },
  ];

  it('matches an exact key with score 1, and spelling variants automatically', () => {
    expect(
      matchFacility(
        { country: 'bd', name: 'SUNRISE GARMENTS LIMITED', address: 'Plot 12, Kashimpur Rd., Konabari, Gazipur 1751' },
        registry,
      ),
    ).toEqual({ outcome: 'MATCHED', facilityId: 'BD2024001AAAAA1', score: 1 });
    const variant = matchFacility(
      {
        country: 'VN',
        name: 'Viet Tien May Mac Co., Ltd.',
        address: 'Lot A-5, Tan Thuan Industrial Zone, District 7, Ho Chi Minh City',
      },
      registry,
    );
    expect(variant).toMatchObject({ outcome: 'MATCHED', facilityId: 'VN2024004AAAAA4' });
  });

  it('does not match across countries', () => {
    expect(
      matchFacility(
        { country: 'IN', name: 'Sunrise Garments Ltd.', address: 'Plot 12, Kashimpur Road, Konabari, Gazipur 1751' },
        registry,
      ),
    ).toEqual({ outcome: 'NEW' });
  });

  it('never matches the same name on another plot automatically', () => {
    const result = matchFacility(
      { country: 'BD', name: 'Sunrise Garments Ltd', address: 'Plot 19, Kashimpur Road, Konabari, Gazipur 1751' },
      registry,
    );
    expect(result.outcome).toBe('POTENTIAL_MATCH');
  });

  it('offers a unit in another district only for confirmation', () => {
    const result = matchFacility(
      { country: 'BD', name: 'Sunrise Garments Unit 2', address: 'Plot 12, Kashimpur Road, Konabari, Gazipur 1751' },
      registry,
    );
    expect(result.outcome).not.toBe('MATCHED');
  });

  it('leaves duplicates already in the registry to a person', () => {
    const result = matchFacility(
      { country: 'KH', name: 'Hung Wah Garment Co Ltd', address: 'Phum Prey Pring, Sangkat Chaom Chau, Phnom Penh' },
      registry,
    );
    expect(result.outcome).toBe('POTENTIAL_MATCH');
    const candidates = result.outcome === 'POTENTIAL_MATCH' ? result.candidates : [];
    expect(candidates.map((c) => c.facilityId).sort()).toEqual(['KH2024005AAAAA5', 'KH2024006AAAAA6']);
    expect(candidates[0].score).toBe(candidates[1].score);
  });

  it('calls a different firm in the same park NEW', () => {
    expect(
      matchFacility(
        { country: 'BD', name: 'Karnaphuli Denim Ltd', address: 'Plot 12, Kashimpur Road, Konabari, Gazipur 1751' },
        registry,
      ),
    ).toEqual({ outcome: 'NEW' });
  });

  it('finds facilities added after the index was built, as a list creates them', () => {
    const index = createMatchIndex(registry);
    const row = { country: 'ET', name: 'Hawassa Apparel PLC', address: 'Shed 12, Hawassa Industrial Park, Hawassa' };
    expect(index.match(row)).toEqual({ outcome: 'NEW' });
    index.add({ id: 'ET2024007AAAAA7', ...row });
    expect(index.size).toBe(registry.length + 1);
    expect(index.match({ ...row, name: 'Hawassa Apparel P.L.C.' })).toMatchObject({
      outcome: 'MATCHED',
      facilityId: 'ET2024007AAAAA7',
    });
  });
});

describe('createMatchIndex at scale', () => {
  // How fast it runs is measured by facility-list-import/matching-bench.ts; this checks what does not depend on the machine.
  it('matches every respelled row and scores far fewer pairs than rows × facilities', () => {
    const size = 5_000;
    const { facilities, rows } = sampleMatchingWorkload(size);
    const index = createMatchIndex(facilities);
    let correct = 0;
    rows.forEach((row, i) => {
      const result = index.match(row);
      if (i % 2 === 0 && result.outcome === 'MATCHED' && result.facilityId === `F${i}`) correct++;
    });
    console.log(
      `${size.toLocaleString('en-GB')} × ${size.toLocaleString('en-GB')} facility matching: ${index.comparisons.toLocaleString('en-GB')} pairs scored`,
    );
    expect(correct).toBe(size / 2);
    // Blocking: a few dozen facilities per row at most, where a quadratic matcher scores all of them.
    expect(index.comparisons).toBeLessThan((size * size) / 100);
  });
});
