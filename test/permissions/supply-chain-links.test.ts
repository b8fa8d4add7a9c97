import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../runtime/audit';
import { SupplyChainLink } from '../../subgraphs/suppliers/src/entities/supply-chain-link.entity';
import { addOrganization } from '../support/registry';
import { startTestStack, type TestStack } from '../support/stack';
import { addFacilities } from '../suppliers/fixtures';
import {
  activeLink,
  CHANGE_TIER,
  CONFIRM_LINK,
  DECLINE_LINK,
  END_LINK,
  linkKey,
  PROPOSE_LINK,
} from '../suppliers/supply-chain-support';
import { as, NOW, ORG, PRINCIPALS, type World } from './fixtures';
import { CALLERS, type Caller, type MutationOutcome } from './matrix';
import { expectDeniedExactly, valueAt, type MatrixResponse } from './outcomes';

/**
 * Matrix rows of the supply-chain link writes: every caller tries each one on a link between the
 * matrix's brand and a facility of its supplier. The two sides of the link act, and ADMIN as the
 * registry's steward (as for list imports made for any organisation); every other role is
 * FORBIDDEN, with nothing written and nothing audited. Organisations of an allowed role that are
 * not a side: NOT_FOUND for a proposal they may not see, FORBIDDEN for a link they see.
 */
const SIDES_AND_STEWARD = { BRAND: 'ok', SUPPLIER: 'ok', ADMIN: 'ok' } as const;
const outcomeOf = (caller: Caller): MutationOutcome =>
  (SIDES_AND_STEWARD as Partial<Record<Caller, MutationOutcome>>)[caller] ?? 'FORBIDDEN';

let stack: TestStack;
let world: Pick<World, 'tokens'>;

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  const registry = stack.em('suppliers');
  addOrganization(registry, ORG.brand, 'BRAND', 'DE');
  addOrganization(registry, ORG.supplier, 'SUPPLIER', 'BD');
  addOrganization(registry, 'org-pm-other-brand', 'BRAND', 'DE');
  addOrganization(registry, 'org-pm-other-supplier', 'SUPPLIER', 'BD');
  await registry.flush();
  const tokens = { PUBLIC: undefined } as World['tokens'];
  for (const caller of CALLERS) if (caller !== 'PUBLIC') tokens[caller] = await stack.token(PRINCIPALS[caller]);
  world = { tokens };
});
afterAll(() => stack?.stop());

let made = 0;
async function facility(): Promise<string> {
  const n = ++made;
  const [id] = await addFacilities(stack.em('suppliers'), [
    { name: `Karnaphuli Denim ${n}`, address: `Plot ${n}, CEPZ, Chattogram`, countryCode: 'BD', ownerId: ORG.supplier },
  ]);
  return id;
}
const sides = () => ({ proposer: world.tokens.BRAND!, confirmer: world.tokens.SUPPLIER! });

/** A proposal waiting for `caller`: made by the supplier when the brand answers, by the brand otherwise. */
async function proposalFor(caller: Caller): Promise<string> {
  const proposer = caller === 'BRAND' ? 'SUPPLIER' : 'BRAND';
  const response = await as(stack, world, proposer, PROPOSE_LINK, {
    key: linkKey(),
    input: { brandId: ORG.brand, facilityId: await facility(), tier: 1 },
  });
  return response.data!.proposeSupplyChainLink!.link!.id;
}

interface Row {
  /** Makes the link the caller acts on. */
  prepare: (caller: Caller) => Promise<string>;
  run: (caller: Caller, id: string) => Promise<MatrixResponse>;
  /** What an allowed call leaves: the payload's link, checked with matchers. */
  done: Record<string, unknown>;
}

const ROWS: Record<string, Row> = {
  proposeSupplyChainLink: {
    prepare: facility,
    run: (caller, facilityId) =>
      as(stack, world, caller, PROPOSE_LINK, {
        key: linkKey(),
        input: { brandId: caller === 'BRAND' ? null : ORG.brand, facilityId, tier: 1 },
      }),
    done: { status: 'PROPOSED' },
  },
  confirmSupplyChainLink: {
    prepare: proposalFor,
    run: (caller, id) => as(stack, world, caller, CONFIRM_LINK, { id }),
    done: { status: 'ACTIVE' },
  },
  declineSupplyChainLink: {
    prepare: proposalFor,
    run: (caller, id) => as(stack, world, caller, DECLINE_LINK, { id, reason: 'Not agreed' }),
    done: { status: 'DECLINED' },
  },
  endSupplyChainLink: {
    prepare: async () => activeLink(stack, sides(), { facilityId: await facility(), tier: 1 }),
    run: (caller, id) => as(stack, world, caller, END_LINK, { input: { id } }),
    done: { status: 'ENDED' },
  },
  changeSupplyChainTier: {
    prepare: async () => {
      const supplied = await facility();
      await activeLink(stack, sides(), { facilityId: supplied, tier: 1 });
      const id = await activeLink(stack, sides(), { facilityId: await facility(), tier: 1 });
      tierTargets.set(id, supplied);
      return id;
    },
    run: (caller, id) =>
      as(stack, world, caller, CHANGE_TIER, { input: { id, tier: 2, suppliesFacilityId: tierTargets.get(id) } }),
    done: { tier: 1, pendingTierChange: { tier: 2 } },
  },
};
const tierTargets = new Map<string, string>();

const suppliers = () => stack.em('suppliers');
/** The links and the audit entries of the registry, to show that a refusal wrote nothing. */
const state = async () => ({
  links: (await suppliers().find(SupplyChainLink, {}, { orderBy: { id: 'asc' } })).map(
    ({ id, status, tier, pendingTier }) => ({ id, status, tier, pendingTier }),
  ),
  audited: await suppliers().count(AuditEntry),
});

for (const [mutation, row] of Object.entries(ROWS)) {
  describe(mutation, () => {
    it.each(CALLERS)('%s', async (caller) => {
      const target = await row.prepare(caller);
      const before = await state();
      const response = await row.run(caller, target);
      if (outcomeOf(caller) === 'FORBIDDEN') {
        expect(valueAt(response, [mutation]) ?? null).toBeNull();
        expectDeniedExactly(response, [[mutation]]);
        expect(await state()).toEqual(before);
        return;
      }
      expect(response.errors).toBeUndefined();
      expect(valueAt(response, [mutation, 'userErrors'])).toEqual([]);
      expect(valueAt(response, [mutation, 'link'])).toMatchObject(row.done);
      const subject = PRINCIPALS[caller as Exclude<Caller, 'PUBLIC'>].subject;
      expect(await suppliers().count(AuditEntry, { subject, operation: mutation })).toBeGreaterThan(0);
    });
  });
}

describe('organisations of an allowed role that are not a side of the link', () => {
  const token = (role: 'BRAND' | 'SUPPLIER', organizationId: string) =>
    stack.token({ role, organizationId, subject: `pm-${organizationId}` });

  it('another brand or supplier finds no proposal between others to confirm or decline', async () => {
    for (const stranger of [
      await token('BRAND', 'org-pm-other-brand'),
      await token('SUPPLIER', 'org-pm-other-supplier'),
    ]) {
      const id = await proposalFor('SUPPLIER');
      const before = await state();
      const confirm = await stack.query(CONFIRM_LINK, { id }, { token: stranger });
      expect(confirm.data?.confirmSupplyChainLink?.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
      const decline = await stack.query(DECLINE_LINK, { id }, { token: stranger });
      expect(decline.data?.declineSupplyChainLink?.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
      expect(await state()).toEqual(before);
    }
  });

  it('another brand that sees a disclosed link may not end it', async () => {
    const id = await activeLink(stack, sides(), { facilityId: await facility(), tier: 1, publiclyDisclosed: true });
    const before = await state();
    const response = await stack.query(
      END_LINK,
      { input: { id } },
      { token: await token('BRAND', 'org-pm-other-brand') },
    );
    expectDeniedExactly(response, [['endSupplyChainLink']]);
    expect(await state()).toEqual(before);
  });

  it('a supplier may not propose a link to a facility it does not own, nor a brand for another brand', async () => {
    const facilityId = await facility();
    const before = await state();
    const supplier = await stack.query(
      PROPOSE_LINK,
      { key: linkKey(), input: { brandId: ORG.brand, facilityId, tier: 1 } },
      { token: await token('SUPPLIER', 'org-pm-other-supplier') },
    );
    expectDeniedExactly(supplier, [['proposeSupplyChainLink']]);
    const brand = await stack.query(
      PROPOSE_LINK,
      { key: linkKey(), input: { brandId: 'org-pm-other-brand', facilityId, tier: 1 } },
      { token: world.tokens.BRAND },
    );
    expectDeniedExactly(brand, [['proposeSupplyChainLink']]);
    expect(await state()).toEqual(before);
  });
});
