import { audit } from '../../../../runtime/audit';
import { badUserInput, forbidden } from '../../../../runtime/errors';
import { idempotent } from '../../../../runtime/idempotency';
import type { Context } from '../context';
import { FacilityListImportRow } from '../entities/facility-list-import-row.entity';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { facilityIdArgument } from '../facility-ids';
import { decidePotentialMatch, type Decision } from '../import/decisions';
import { ImportRefused, importFacilityList } from '../import/service';
import { mergeFacilities } from '../merge';
import { importsVisibleTo, mayImportFor } from '../permissions';
import type { MutationResolvers, UserError } from '../__generated__/resolvers-types';

/** Lists imported through GraphQL; larger ones go through the command line, in resumable batches. */
export const GRAPHQL_MAX_ROWS = 500;
// Well under the gateway's 1 MB request limit, even with every quote and line break escaped in JSON.
const GRAPHQL_MAX_BYTES = 400 * 1024;
const USE_THE_CLI = 'use the command line for larger lists: npm run import -- <file.csv> --org <id>';

const userError = (code: UserError['code'], message: string, field: string[]): UserError => ({ code, message, field });
const invalid = (path: string[], message: string) => badUserInput(message, { issues: [{ path, message }] });

async function decide(context: Context, rowId: string, decision: Decision, operation: string) {
  const scope = importsVisibleTo(context.principal);
  if (!scope) throw forbidden(`${context.principal.role} may not decide on imported facility lists`);
  const outcome = await context.em.transactional(async (tx) => {
    const result = await decidePotentialMatch(tx, scope, rowId, decision, context.clock.now(), context.principal.subject);
    if (result.ok) await audit(context, { operation, target: `FacilityListImportRow:${rowId}`, country: result.facility.countryCode }, tx);
    return result;
  });
  if (!outcome.ok) return { row: null, facility: null, userErrors: [userError(outcome.code, outcome.message, [outcome.field])] };
  return { row: outcome.row, facility: outcome.facility, userErrors: [] };
}

export const Mutation: MutationResolvers = {
  importFacilityList: async (_parent, { input, idempotencyKey }, context) => {
    const { em, principal, clock } = context;
    if (!mayImportFor(principal, input.organizationId)) throw forbidden(`${principal.role} may not import facility lists for ${input.organizationId}`);
    const fileName = input.fileName.trim();
    if (!fileName || fileName.length > 300) throw invalid(['input', 'fileName'], 'fileName must be 1–300 characters');
    try {
      const { result } = await idempotent(em, principal, 'importFacilityList', idempotencyKey, input, async (tx) => {
        const request = { organizationId: input.organizationId, fileName, content: input.csv, publiclyDisclosed: input.publiclyDisclosed ?? false };
        const imported = await importFacilityList(tx, request, { principal, clock, maxRows: GRAPHQL_MAX_ROWS, maxBytes: GRAPHQL_MAX_BYTES });
        return { importId: imported.importId };
      });
      const listImport = await em.findOneOrFail(FacilityListImport, result.importId);
      const rows = await em.find(FacilityListImportRow, { listImport: listImport.id }, { orderBy: { rowNumber: 'asc' } });
      return { import: listImport, rows, userErrors: [] };
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      if (error.code === 'ORGANIZATION_NOT_FOUND') return { import: null, rows: [], userErrors: [userError('NOT_FOUND', error.message, ['input', 'organizationId'])] };
      if (error.code === 'NOT_AN_UPLOADER') return { import: null, rows: [], userErrors: [userError('BAD_USER_INPUT', error.message, ['input', 'organizationId'])] };
      const tooLarge = error.code === 'TOO_MANY_ROWS' || error.fileError === 'TOO_LARGE';
      throw invalid(['input', 'csv'], tooLarge ? `${error.message}; ${USE_THE_CLI}` : `The file cannot be imported: ${error.message}`);
    }
  },

  confirmFacilityMatch: (_parent, { rowId, facilityId }, context) =>
    decide(context, rowId, { confirm: facilityIdArgument(facilityId, 'facilityId', context.clock.now()) }, 'confirmFacilityMatch'),

  rejectFacilityMatch: (_parent, { rowId }, context) => decide(context, rowId, { reject: true }, 'rejectFacilityMatch'),

  mergeFacilities: async (_parent, { survivorId, duplicateId }, context) => {
    if (context.principal.role !== 'ADMIN') throw forbidden('Only administrators merge facilities');
    const now = context.clock.now();
    const survivor = facilityIdArgument(survivorId, 'survivorId', now);
    const duplicate = facilityIdArgument(duplicateId, 'duplicateId', now);
    if (survivor === duplicate) throw invalid(['duplicateId'], 'a facility cannot be merged into itself');
    const outcome = await context.em.transactional(async (tx) => {
      const result = await mergeFacilities(tx, survivor, duplicate, now, context.principal.subject);
      if (result.ok) await audit(context, { operation: 'mergeFacilities', target: `Facility:${survivor}<-${duplicate}`, country: result.survivor.countryCode }, tx);
      return result;
    });
    if (!outcome.ok) return { survivor: null, mergedId: null, userErrors: [userError(outcome.code, outcome.message, [outcome.field])] };
    return { survivor: outcome.survivor, mergedId: duplicate, userErrors: [] };
  },
};
