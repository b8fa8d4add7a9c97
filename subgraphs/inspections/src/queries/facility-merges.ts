import type { EventConsumer } from '../../../../runtime/event-consumers';
import { EVENT_PAYLOADS } from '../../../../runtime/events';
import { Inspection } from '../entities/inspection.entity';

/**
 * A merge in the registry (FACILITY_MERGED): the merged facility's inspections are the survivor's
 * from now on, and with them their findings and corrective actions, which name a facility only
 * through their inspection. The survivor's compliance, latest inspection and statistics read them
 * by its id at once.
 *
 * An inspection's country is by definition its facility id's first two letters, so it follows the
 * survivor's id: a duplicate registered under the wrong country takes its reports to the country
 * the registry kept. The owner and buyers stay as the report stated them. Replaying the event finds
 * nothing left under the merged ids, and changes nothing.
 */
export const facilityMerges: EventConsumer = {
  name: 'inspections:facility-merges',
  types: ['FACILITY_MERGED'],
  async handle(event, tx) {
    const merge = EVENT_PAYLOADS.FACILITY_MERGED[1].parse(event.payload);
    // Ids merged into the merged facility before: their rows move too, whichever event came first.
    const mergedIds = [merge.mergedId, ...(merge.earlierMergedIds ?? [])];
    await tx.nativeUpdate(
      Inspection,
      { facilityId: { $in: mergedIds } },
      { facilityId: merge.survivorId, facilityCountry: merge.survivorId.slice(0, 2) },
    );
  },
};
