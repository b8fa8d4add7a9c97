import { validateFacilityId } from '../../runtime/facility-id';
import { Facility } from '../../subgraphs/suppliers/src/entities/facility.entity';
import type { TestStack } from './stack';

/** Registrations per stack and facility id; concurrent callers wait for the same one. */
const registrations = new WeakMap<TestStack, Map<string, Promise<void>>>();

async function register(stack: TestStack, id: string): Promise<void> {
  const em = stack.em('suppliers');
  if (await em.findOne(Facility, { id })) return;
  em.create(Facility, {
    id, name: `Facility ${id}`, address: '1 Test Road', countryCode: id.slice(0, 2), searchText: `facility ${id.toLowerCase()}`,
    sectors: ['Apparel'], productTypes: [], owner: null, status: 'ACTIVE', movedToId: null, createdAt: new Date('2021-03-01T00:00:00Z'),
  });
  await em.flush();
}

/**
 * Puts facilities into the registry (the suppliers subgraph) unless they are there already: the
 * gateway refuses inspections and grievances about facilities the registry does not know.
 * Malformed ids are left out, so tests of the id checks still reach the subgraph's validation.
 */
export async function ensureRegistered(stack: TestStack, ...ids: unknown[]): Promise<void> {
  const started = registrations.get(stack) ?? new Map<string, Promise<void>>();
  registrations.set(stack, started);
  const valid = ids.filter((id): id is string => typeof id === 'string' && validateFacilityId(id.toUpperCase()).ok).map((id) => id.toUpperCase());
  await Promise.all(
    valid.map((id) => {
      if (!started.has(id)) started.set(id, register(stack, id));
      return started.get(id)!;
    }),
  );
}
