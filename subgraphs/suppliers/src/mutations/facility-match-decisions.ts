import { forbidden } from '../../../../runtime/errors';
import { payloadOf, rejectInvalid, runMutation, type InputIssue } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { FacilityListImportRow } from '../entities/facility-list-import-row.entity';
import type { Facility } from '../entities/facility.entity';
import { decidePotentialMatch, type Decision } from '../facility-list-import/decisions';
import { importsVisibleTo } from '../permissions';
import { facilityIdInput } from '../queries/facility-ids';

/** The uploader confirms that a POTENTIAL_MATCH row is one of its candidates. */
export function confirmFacilityMatch(context: Context, rowId: string, facilityId: string) {
  const scope = decidingScope(context);
  const issues: InputIssue[] = [];
  const confirm = facilityIdInput(facilityId, ['facilityId'], context.clock.now(), issues);
  rejectInvalid('The match was not confirmed', issues);
  return decide(context, scope, rowId, { confirm }, 'confirmFacilityMatch');
}

/** The uploader rejects every candidate of a POTENTIAL_MATCH row: the row becomes a new facility. */
export function rejectFacilityMatch(context: Context, rowId: string) {
  const scope = decidingScope(context);
  return decide(context, scope, rowId, { reject: true }, 'rejectFacilityMatch');
}

/** Uploaders decide on their organisation's rows, admins on any; others not at all. */
function decidingScope(context: Context): { organizationId?: string } {
  const scope = importsVisibleTo(context.principal);
  if (!scope) throw forbidden(`${context.principal.role} may not decide on imported facility lists`);
  return scope;
}

type DecidedRow = {
  row: FacilityListImportRow | null;
  facility: Facility | null;
};

async function decide(
  context: Context,
  scope: { organizationId?: string },
  rowId: string,
  decision: Decision,
  operation: string,
) {
  const outcome = await runMutation(context, {
    operation,
    write: async (tx) => {
      const { row, facility } = await decidePotentialMatch(
        tx,
        scope,
        rowId,
        decision,
        context.clock.now(),
        context.principal.subject,
      );
      return { rowId: row.id, facilityId: facility.id, country: facility.countryCode };
    },
    audited: ({ country }) => ({ target: `FacilityListImportRow:${rowId}`, country }),
  });
  return payloadOf(
    outcome,
    async ({ facilityId }): Promise<DecidedRow> => ({
      row: await context.em.findOneOrFail(FacilityListImportRow, rowId),
      facility: await context.loaders.facility.load(facilityId),
    }),
    { row: null, facility: null },
  );
}
