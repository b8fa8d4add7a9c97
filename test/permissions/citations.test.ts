import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { as, buildWorld, NOW, type World } from './fixtures';
import { CALLERS, INSPECTIONS, type Disclosure } from './matrix';

/**
 * A finding's citations, scheme code and legal basis follow the finding: every caller reads them
 * on the inspections it may see, and on no other; the audit schemes' codes are public reference
 * data, the same for every caller.
 */
let stack: TestStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
});
afterAll(() => stack?.stop());

const SCHEME_CODES = graphql(`
  query PermissionsAuditSchemeCodes {
    auditSchemeCodes(scheme: SMETA) {
      code
      topic
    }
  }
`);
const CITATIONS = graphql(`
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
`);

describe.each(CALLERS)('%s', (caller) => {
  it('reads the audit schemes’ codes', async () => {
    const codes = dataOf(await as(stack, world, caller, SCHEME_CODES)).auditSchemeCodes!;
    expect(codes.map((code) => code.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '8A', '9', '10A']);
  });

  it('reads citations and the legal basis of the findings it may see, and of no others', async () => {
    for (const [disclosure, { id, findingId }] of Object.entries(world.inspections) as [
      Disclosure,
      { id: string; findingId: string },
    ][]) {
      const response = await as(stack, world, caller, CITATIONS, { id });
      expect(response.errors, disclosure).toBeUndefined();
      const inspection = response.data?.inspection;
      if (!INSPECTIONS[caller].sees.includes(disclosure)) {
        expect(inspection, disclosure).toBeNull();
        continue;
      }
      // The world's findings cite no convention: they rest on national law only.
      expect(inspection?.findings, disclosure).toEqual([
        { id: findingId, citedConventions: [], topic: null, legalBasis: 'NATIONAL_LAW_ONLY' },
      ]);
    }
  });
});
