import { validateFacilityId } from '../../runtime/facility-id';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import type { TestStack } from './stack';

const registered = new WeakMap<TestStack, Set<string>>();

/**
 * Puts a facility into the registry (the suppliers subgraph) unless it is there already: the
 * gateway refuses inspections and grievances about facilities the registry does not know.
 * Malformed ids are left out, so tests of the id checks still reach the subgraph's validation.
 */
export async function ensureRegistered(stack: TestStack, ...ids: unknown[]): Promise<void> {
  const known = registered.get(stack) ?? new Set<string>();
  registered.set(stack, known);
  const fresh = ids.filter((id): id is string => typeof id === 'string' && validateFacilityId(id.toUpperCase()).ok && !known.has(id.toUpperCase()));
  if (!fresh.length) return;
  const em = stack.em('suppliers');
  for (const raw of fresh) {
    const id = raw.toUpperCase();
    known.add(id);
    if (await em.findOne(Facility, { id })) continue;
    em.create(Facility, {
      id, name: `Facility ${id}`, address: '1 Test Road', countryCode: id.slice(0, 2), searchText: `facility ${id.toLowerCase()}`,
      sectors: ['Apparel'], productTypes: [], owner: null, status: 'ACTIVE', movedToId: null, createdAt: new Date('2021-03-01T00:00:00Z'),
    });
  }
  await em.flush();
}
