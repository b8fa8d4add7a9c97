import { rejectInvalid } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { handlerSummaryIssues } from '../domain';
import type { MutationSummarizeGrievanceArgs } from '../__generated__/resolvers-types';
import { mayWriteHandlerSummary } from '../visibility';
import { actOnCase, caseNotFound, changePayload, visibleCase } from './act-on-case';
import { actorOf, addEvent } from './case-file';

/**
 * The handler's summary: what the facility's owner, brands and everyone else who sees the case
 * read instead of the complainant's own words. Written by those who handle the case and may read
 * those words — the handler (not a facility owner) and the jurisdiction's regulator.
 */
export async function summarizeGrievance(context: Context, args: MutationSummarizeGrievanceArgs) {
  rejectInvalid('The summary was not saved', handlerSummaryIssues(args.summary));
  const summary = args.summary.trim();
  const outcome = await actOnCase(
    context,
    {
      operation: 'summarizeGrievance',
      find: visibleCase(context, args.id),
      notFound: caseNotFound(args.id),
      mayAct: mayWriteHandlerSummary,
      forbiddenMessage:
        'Only the organisation handling this case (not the facility’s owner) or the regulator of its jurisdiction may summarise it',
      expectedVersion: args.expectedVersion,
    },
    (tx, grievance) => {
      grievance.handlerSummary = summary;
      // The summary is written for the employer's eyes, so keeping its versions in the timeline reveals nothing more.
      addEvent(tx, grievance, {
        kind: 'SUMMARY_WRITTEN',
        at: context.clock.now(),
        actor: actorOf(context.principal),
        note: summary,
      });
    },
  );
  return changePayload(context, outcome, args.id);
}
