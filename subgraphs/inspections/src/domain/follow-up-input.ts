import { z } from 'zod';
import { CorrectiveActionStatus } from '../__generated__/resolvers-types';
import { earliestTodayOnEarth, toCalendarDay } from './calendar';
import { VERIFIER_DECISIONS } from './corrective-action';
import { SUBMISSION_LIMITS } from './submission';
import {
  calendarDate,
  issueAt,
  optionalText,
  readableErrorMap,
  requiredText,
  toIssues,
  under,
  type ParseResult,
} from './validation';

/** Validation of what follows a submission: corrective actions, verification notes, disputes and disclosure. */

export interface CorrectiveActionInput {
  action: string;
  rootCause: string;
  owner: string;
  dueOn: Date;
}

/** A due day that is still today somewhere on earth, or later. */
const dueFromToday = (now: Date) =>
  calendarDate((day) =>
    day < earliestTodayOnEarth(now) ? `must be today or later (got ${toCalendarDay(day)})` : null,
  );

/** `dueOn` may be any day that is still today somewhere on earth, or later. */
export function parseCorrectiveActionInput(input: unknown, now: Date): ParseResult<CorrectiveActionInput> {
  const schema = z.object({
    action: requiredText(SUBMISSION_LIMITS.correctiveActionMaxLength),
    rootCause: requiredText(SUBMISSION_LIMITS.rootCauseMaxLength),
    owner: requiredText(SUBMISSION_LIMITS.ownerMaxLength),
    dueOn: dueFromToday(now),
  });
  const parsed = schema.safeParse(input, { errorMap: readableErrorMap });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toIssues(parsed.error) };
}

export interface CorrectiveActionUpdate {
  action?: string;
  rootCause?: string;
  owner?: string;
  dueOn?: Date;
  status?: CorrectiveActionStatus;
}

/**
 * Only the fields given are checked and changed. A new due date must be today or later, but an
 * unchanged one may already have passed (editing an overdue action's owner is fine). Verifier
 * decisions are not the facility's to make.
 */
export function parseCorrectiveActionUpdate(
  input: Record<string, unknown>,
  now: Date,
): ParseResult<CorrectiveActionUpdate> {
  const present = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && value !== null),
  );
  const schema = z
    .object({
      action: requiredText(SUBMISSION_LIMITS.correctiveActionMaxLength),
      rootCause: requiredText(SUBMISSION_LIMITS.rootCauseMaxLength),
      owner: requiredText(SUBMISSION_LIMITS.ownerMaxLength),
      dueOn: dueFromToday(now),
      status: z.nativeEnum(CorrectiveActionStatus).refine((status) => !VERIFIER_DECISIONS.includes(status), {
        message: `${VERIFIER_DECISIONS.join(' and ')} are the verifier's decisions (verifyCorrectiveAction)`,
      }),
    })
    .partial();
  const parsed = schema.safeParse(present, { errorMap: readableErrorMap });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  if (Object.keys(parsed.data).length === 0) return { ok: false, issues: [issueAt([], 'names nothing to change')] };
  return { ok: true, value: parsed.data };
}

export function parseVerificationNote(note: unknown): ParseResult<string | null> {
  const parsed = optionalText(SUBMISSION_LIMITS.verificationNoteMaxLength).safeParse(note, {
    errorMap: readableErrorMap,
  });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: under('note', toIssues(parsed.error)) };
}

/** A dispute must say why: a bare "we disagree" gives the inspector nothing to review. */
export function parseDisputeReason(reason: unknown): ParseResult<string> {
  const schema = z
    .string()
    .trim()
    .min(SUBMISSION_LIMITS.disputeReasonMinLength)
    .max(SUBMISSION_LIMITS.disputeReasonMaxLength);
  const parsed = schema.safeParse(reason, { errorMap: readableErrorMap });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: under('reason', toIssues(parsed.error)) };
}

/** Buyers given replace those the report is shared with (de-duplicated); none given leaves them as they are. */
export function parseSharedWithBuyerIds(ids: readonly string[] | null | undefined): ParseResult<string[] | null> {
  const schema = z.array(requiredText(SUBMISSION_LIMITS.idMaxLength)).max(SUBMISSION_LIMITS.maxParties).nullish();
  const parsed = schema.safeParse(ids, { errorMap: readableErrorMap });
  if (!parsed.success) return { ok: false, issues: under('sharedWithBuyerIds', toIssues(parsed.error)) };
  return { ok: true, value: parsed.data ? [...new Set(parsed.data)] : null };
}
