import { payloadOf, type InputIssue, type MutationOutcome } from '../../../../runtime/mutation';
import type { Context } from '../context';
import { SupplyChainLink } from '../entities/supply-chain-link.entity';
import { visibleLinks } from '../visibility';

/** What a supply-chain link mutation wrote: the link, its facility's country (for the audit), and the audited operation. */
export type WrittenLink = { linkId: string; country: string; operation?: string };

/** YYYY-MM-DD of the injected clock. */
export const today = (now: Date) => now.toISOString().slice(0, 10);

const MAX_REASON = 500;

export const reasonIssues = (reason: string | null | undefined, path: string[]): InputIssue[] =>
  reason && reason.length > MAX_REASON ? [{ path, message: `at most ${MAX_REASON} characters` }] : [];

/** The payload of a link mutation: the link as the caller may see it now. */
export const linkPayload = (context: Context, outcome: MutationOutcome<WrittenLink>) =>
  payloadOf(
    outcome,
    async ({ linkId }) => ({
      link: await context.em.findOne(SupplyChainLink, { $and: [{ id: linkId }, visibleLinks(context.principal)] }),
    }),
    { link: null },
  );
