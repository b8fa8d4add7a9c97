import type { EventConsumer } from '../../../../runtime/event-consumers';
import { EVENT_PAYLOADS } from '../../../../runtime/events';
import { Grievance } from '../entities/grievance.entity';
import { appendEventInSql, type Actor } from '../mutations/case-file';

/** The registry's administrator merged the facilities, not anyone acting on the case. */
const REGISTRY: Actor = { role: 'ADMIN', organizationId: null };

/**
 * A merge in the registry (FACILITY_MERGED): the cases about the merged facility are about the
 * survivor from now on, and so is a pending transfer to it; the survivor's grievance summary and
 * cases read them by its id at once.
 *
 * A merge does not move a case between jurisdictions: its country stays, and only a case in the
 * survivor's country is re-keyed. A case in another country (a duplicate registered under the
 * wrong one) keeps the merged id, which the registry resolves to the survivor; a regulator moves it
 * with linkGrievanceToFacility, as a transfer the survivor's regulator accepts. Each re-keyed case
 * gets an internal FACILITY_LINKED event, for its handler; the complainant's timeline is untouched.
 * Replaying the event finds nothing left under the merged ids.
 */
export const facilityMerges: EventConsumer = {
  name: 'grievances:facility-merges',
  types: ['FACILITY_MERGED'],
  async handle(event, tx) {
    const merge = EVENT_PAYLOADS.FACILITY_MERGED[1].parse(event.payload);
    const country = merge.survivorId.slice(0, 2);
    // Ids merged into the merged facility before: their cases move too, whichever event came first.
    const mergedIds = [merge.mergedId, ...(merge.earlierMergedIds ?? [])];
    const cases = await tx.find(
      Grievance,
      { facilityId: { $in: mergedIds }, facilityCountry: country },
      { fields: ['id', 'facilityId'], orderBy: { id: 'asc' } },
    );
    const at = new Date(event.occurredAt);
    for (const grievance of cases) {
      const note = `The facility registry merged facility ${grievance.facilityId} into ${merge.survivorId}: the case is about ${merge.survivorId} now.`;
      await appendEventInSql(
        tx,
        grievance.id,
        { kind: 'FACILITY_LINKED', at, actor: REGISTRY, note },
        { facilityId: merge.survivorId },
      );
    }
    await tx.nativeUpdate(
      Grievance,
      { transferFacilityId: { $in: mergedIds }, transferCountry: country },
      { transferFacilityId: merge.survivorId },
    );
  },
};
