import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__';
import { dataOf, startTestStack, type TestStack } from '../support/stack';
import { as, buildWorld, NOW, ORG, type World } from './fixtures';
import { CALLERS, INSPECTIONS, UNDISCLOSED_LINKS } from './matrix';

/**
 * Matrix rows of provenance. `Facility.provenance` and `Facility.contributions` are public, but
 * the brand behind a contribution is named only to callers who see its supply-chain link: on the
 * hidden facility (the brand's undisclosed link) exactly the callers of UNDISCLOSED_LINKS, on the
 * main facility (a disclosed link) everyone. The supplier owns both, which is public: named to all.
 * `Finding.provenance` is read by whoever sees the finding (a social audit: REPORTED).
 */

let stack: TestStack;
let world: World;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  world = await buildWorld(stack);
});
afterAll(() => stack?.stop());

const CONTRIBUTORS = graphql(`
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
`);
const FINDING = graphql(`
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
`);

async function contributorsSeenBy(caller: (typeof CALLERS)[number], facility: string) {
  const response = await as(stack, world, caller, CONTRIBUTORS, { id: facility });
  expect(response.errors).toBeUndefined();
  const { contributions, provenance } = dataOf(response).facility!;
  const brand = contributions!.filter((entry) => entry.contributor.kind === 'BRAND');
  const supplier = contributions!.filter((entry) => entry.contributor.kind === 'SUPPLIER');
  return { brand, supplier, provenance: provenance!, text: JSON.stringify(dataOf(response)) };
}

describe.each(CALLERS)('%s', (caller) => {
  it('learns which brand contributed the hidden facility only if it sees the brand’s link', async () => {
    const { brand, supplier, text } = await contributorsSeenBy(caller, world.facilities.hidden);
    expect(brand).toHaveLength(1);
    if (UNDISCLOSED_LINKS[caller]) {
      expect(brand[0]).toMatchObject({ contributor: { anonymous: false, organization: { id: ORG.brand } } });
    } else {
      expect(brand[0]).toEqual({
        listImportId: null,
        contributor: { kind: 'BRAND', anonymous: true, organization: null },
      });
      expect(text).not.toContain(ORG.brand);
      expect(text).not.toContain(world.imports.brand);
    }
    expect(supplier[0].contributor).toMatchObject({ anonymous: false, organization: { id: ORG.supplier } });
  });

  it('learns the brand of a disclosed link, and the owner, on the main facility', async () => {
    const { brand, supplier, provenance } = await contributorsSeenBy(caller, world.facilities.main);
    expect(brand[0].contributor).toMatchObject({ anonymous: false, organization: { id: ORG.brand } });
    expect(supplier[0].contributor).toMatchObject({ anonymous: false, organization: { id: ORG.supplier } });
    // The supplier's list registered the facility: its values' source, named to everyone.
    expect(provenance.find((entry) => entry.field === 'NAME')!.source.contributor).toMatchObject({
      organization: { id: ORG.supplier },
    });
  });

  it('reads the provenance of the findings it may see', async () => {
    for (const disclosure of ['PRIVATE', 'SHARED_WITH_BUYERS', 'PUBLIC'] as const) {
      const response = await as(stack, world, caller, FINDING, { id: world.inspections[disclosure].id });
      const inspection = dataOf(response).inspection;
      if (!INSPECTIONS[caller].sees.includes(disclosure)) {
        expect(inspection).toBeNull();
        continue;
      }
      expect(inspection!.findings[0].provenance).toEqual({
        confidence: 'REPORTED',
        basis: 'SOCIAL_AUDIT',
        source: { kind: 'SOCIAL_AUDIT', conductedBy: { id: ORG.auditFirm } },
      });
    }
  });
});
