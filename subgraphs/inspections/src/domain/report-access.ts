import { z } from 'zod';
import type { ReportAccessRequestStatus } from '../__generated__/resolvers-types';
import { optionalText, readableErrorMap, requiredText, toIssues, type ParseResult } from './validation';

/**
 * Who reads a facility's reports besides the conductor's audience is the facility owner's to
 * decide (as in Sedex or Better Work): it grants a brand one report, or answers a brand's request.
 * These are the rules that need no database.
 */
export const REPORT_ACCESS_LIMITS = { idMaxLength: 100, messageMaxLength: 1000, noteMaxLength: 1000 } as const;

const parsed = <Value>(result: z.SafeParseReturnType<unknown, Value>): ParseResult<Value> =>
  result.success ? { ok: true, value: result.data } : { ok: false, issues: toIssues(result.error) };

/** A grant or revocation names one report and one brand other than the owner itself. */
export function parseGrantInput(
  input: { inspectionId: string; buyerId: string },
  owner: string,
): ParseResult<{ inspectionId: string; buyerId: string }> {
  const schema = z.object({
    inspectionId: requiredText(REPORT_ACCESS_LIMITS.idMaxLength),
    buyerId: requiredText(REPORT_ACCESS_LIMITS.idMaxLength).refine((id) => id !== owner, {
      message: 'names your own organisation: you read your reports already',
    }),
  });
  return parsed(schema.safeParse(input, { errorMap: readableErrorMap }));
}

/** A brand's words to the owner: optional, and short enough to read. */
export function parseRequestMessage(message: unknown): ParseResult<string | null> {
  const result = parsed(
    optionalText(REPORT_ACCESS_LIMITS.messageMaxLength).safeParse(message, { errorMap: readableErrorMap }),
  );
  return result.ok ? result : { ok: false, issues: result.issues.map((issue) => ({ ...issue, path: ['message'] })) };
}

/** The owner's note with its decision. */
export function parseDecisionNote(note: unknown): ParseResult<string | null> {
  const result = parsed(
    optionalText(REPORT_ACCESS_LIMITS.noteMaxLength).safeParse(note, { errorMap: readableErrorMap }),
  );
  return result.ok ? result : { ok: false, issues: result.issues.map((issue) => ({ ...issue, path: ['note'] })) };
}

/**
 * Why a request can no longer be decided or withdrawn, or null while it is PENDING: a decision is
 * final (a brand declined asks again; a grant is undone with `revokeReportAccess`).
 */
export function closedRequestReason(status: ReportAccessRequestStatus): string | null {
  switch (status) {
    case 'PENDING':
      return null;
    case 'WITHDRAWN':
      return 'The request was withdrawn by the brand that made it';
    default:
      return `The request was already ${status.toLowerCase()}`;
  }
}
