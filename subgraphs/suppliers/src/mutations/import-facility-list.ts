import { badUserInput, forbidden } from '../../../../runtime/errors';
import { payloadOf, Refusal, rejectInvalid, runMutation, type InputIssue } from '../../../../runtime/mutation';
import type { Context } from '../context';
import type { ListRowResult } from '../domain/csv';
import type { FacilityListImportRow } from '../entities/facility-list-import-row.entity';
import { FacilityListImport } from '../entities/facility-list-import.entity';
import { ImportRefused, importFacilityList as importList, readFacilityList } from '../facility-list-import/import-list';
import { mayImportFor } from '../permissions';
import { allImportRows } from '../queries/list-imports';
import type { ImportFacilityListInput } from '../__generated__/resolvers-types';

type ImportedList = {
  import: FacilityListImport | null;
  rows: FacilityListImportRow[];
};

/** Lists imported through GraphQL; larger ones go through the command line, in resumable batches. */
export const GRAPHQL_MAX_ROWS = 500;
// Well under the gateway's 1 MB request limit, even with every quote and line break escaped in JSON.
const GRAPHQL_MAX_BYTES = 400 * 1024;
const USE_THE_CLI = 'use the command line for larger lists: npm run import -- <file.csv> --org <id>';

/**
 * Imports a small list in one transaction (its batches nest in it): the whole list commits or
 * nothing does, once per idempotency key.
 */
export async function importFacilityList(context: Context, input: ImportFacilityListInput, idempotencyKey: string) {
  const { principal, clock } = context;
  if (!mayImportFor(principal, input.organizationId))
    throw forbidden(`${principal.role} may not import facility lists for ${input.organizationId}`);
  const fileName = input.fileName.trim();
  const issues: InputIssue[] = [];
  if (!fileName || fileName.length > 300)
    issues.push({ path: ['input', 'fileName'], message: 'fileName must be 1–300 characters' });
  rejectInvalid('The list was not imported', issues);
  const rows = readList(input.csv);

  const outcome = await runMutation(context, {
    operation: 'importFacilityList',
    idempotency: { key: idempotencyKey, input },
    write: async (tx) => {
      const request = {
        organizationId: input.organizationId,
        fileName,
        content: input.csv,
        rows,
        publiclyDisclosed: input.publiclyDisclosed ?? false,
      };
      try {
        const { importId, resumed, country } = await importList(tx, request, { principal, clock, audit: false });
        return { importId, resumed, country };
      } catch (error) {
        throw error instanceof ImportRefused ? refusalOf(error) : error;
      }
    },
    // An unfinished import of the same file (stopped on the command line) is continued.
    audited: ({ importId, resumed, country }) => ({
      target: `FacilityListImport:${importId}`,
      country,
      operation: resumed ? 'resumeFacilityListImport' : undefined,
    }),
  });
  return payloadOf(
    outcome,
    async ({ importId }): Promise<ImportedList> => ({
      import: await context.em.findOneOrFail(FacilityListImport, importId),
      rows: await allImportRows(context.em, importId),
    }),
    { import: null, rows: [] },
  );
}

/**
 * The rows of the uploaded text, before anything is written. A file that cannot be imported is
 * one problem, whose message (with the way to import a larger list) is the whole error.
 */
function readList(csv: string): ListRowResult[] {
  try {
    return readFacilityList(csv, { maxRows: GRAPHQL_MAX_ROWS, maxBytes: GRAPHQL_MAX_BYTES });
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    const tooLarge = error.code === 'TOO_MANY_ROWS' || error.fileError === 'TOO_LARGE';
    const message = tooLarge ? `${error.message}; ${USE_THE_CLI}` : `The file cannot be imported: ${error.message}`;
    throw badUserInput(message, { issues: [{ path: ['input', 'csv'], message }] });
  }
}

function refusalOf(error: ImportRefused): Refusal {
  if (error.code === 'ORGANIZATION_NOT_FOUND')
    return new Refusal('NOT_FOUND', error.message, ['input', 'organizationId']);
  if (error.code === 'NOT_AN_UPLOADER')
    return new Refusal('BAD_USER_INPUT', error.message, ['input', 'organizationId']);
  return new Refusal('BAD_USER_INPUT', error.message, ['input', 'csv']);
}
