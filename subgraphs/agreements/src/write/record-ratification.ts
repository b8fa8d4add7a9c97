import type { EntityManager } from '@mikro-orm/core';
import { audit } from '../../../../runtime/audit';
import type { RecordRatificationInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { currentRatifications, ratificationChange } from '../domain/ratifications';
import { Issues, todayOf } from '../domain/validation';
import { RecordedRatification } from '../entities/ratification.entity';
import { conventionByCode } from '../reference-data';
import { newId } from './agreement-store';
import { Refusal, type RatificationResult } from './results';
import { rejectInvalid, runWrite } from './run';

export async function recordRatification(context: Context, input: RecordRatificationInput, idempotencyKey: string): Promise<RatificationResult> {
  const now = context.clock.now();
  const today = todayOf(now);
  const issues = new Issues();
  const countryCode = issues.country('country', input.country);
  const conventionCode = issues.convention('convention', input.convention);
  const date = issues.notFuture('date', input.date, today);
  const adopted = conventionByCode(conventionCode)?.adoptedYear;
  if (adopted && Number(date.slice(0, 4)) < adopted) issues.add('date', `${conventionCode} was adopted in ${adopted}; it cannot be ratified or denounced on ${date}`);
  const note = issues.text('note', input.note, { max: 1000 });
  if (input.dateCertain === false && !note) issues.add('note', 'say what is known about an uncertain date');
  rejectInvalid(issues);

  const outcome = await runWrite(context, 'recordRatification', idempotencyKey, input, async (tx: EntityManager) => {
    const recorded = await tx.findOne(RecordedRatification, { countryCode, conventionCode });
    const [current] = currentRatifications(recorded ? [recorded] : [], (record) => record.countryCode === countryCode && record.conventionCode === conventionCode);
    const change = ratificationChange(current, input.status, date);
    if (!change.ok) throw new Refusal('CONFLICT', `${countryCode}/${conventionCode}: ${change.message}`, ['input', 'status']);
    const values = { date: change.date, status: input.status, statusSince: change.statusSince, dateCertain: input.dateCertain ?? true, note, recordedAt: now };
    if (recorded) Object.assign(recorded, values);
    else tx.create(RecordedRatification, { id: newId(), countryCode, conventionCode, ...values });
    await audit(context, { operation: `recordRatification:${input.status}`, target: `Ratification:${countryCode}/${conventionCode}`, country: countryCode }, tx);
    return { countryCode, conventionCode };
  });
  return 'refusal' in outcome
    ? { ratification: null, userErrors: [outcome.refusal.toUserError()] }
    : { ratification: outcome.result, userErrors: [] };
}
