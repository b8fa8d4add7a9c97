import { payloadOf, Refusal, rejectInvalid, runMutation } from '../../../../runtime/mutation';
import type { RecordRatificationInput } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { currentRatifications, ratificationChange } from '../domain/ratifications';
import { conventionByCode } from '../domain/reference-data';
import { Issues, todayOf } from '../domain/validation';
import { RecordedRatification } from '../entities/ratification.entity';
import { newId } from './agreement-store';

/** Validates the input: known codes, a date that has come and is not before the convention's adoption. */
function parseRatification(input: RecordRatificationInput, today: string) {
  const issues = new Issues();
  const countryCode = issues.country('country', input.country);
  const conventionCode = issues.convention('convention', input.convention);
  const date = issues.notFuture('date', input.date, today);
  const adopted = conventionByCode(conventionCode)?.adoptedYear;
  if (adopted && Number(date.slice(0, 4)) < adopted) {
    issues.add('date', `${conventionCode} was adopted in ${adopted}; it cannot be ratified or denounced on ${date}`);
  }
  const note = issues.text('note', input.note, { max: 1000 });
  if (input.dateCertain === false && !note) issues.add('note', 'say what is known about an uncertain date');
  rejectInvalid('The ratification was not recorded', issues.list);
  return { countryCode, conventionCode, date, note };
}

/**
 * Records a ratification, its entry into force, a denunciation or a re-ratification. The recorded
 * row supersedes the shipped reference record for the same country and convention.
 */
export async function recordRatification(context: Context, input: RecordRatificationInput, idempotencyKey: string) {
  const now = context.clock.now();
  const { countryCode, conventionCode, date, note } = parseRatification(input, todayOf(now));
  const outcome = await runMutation(context, {
    operation: 'recordRatification',
    idempotency: { key: idempotencyKey, input },
    conflictMessage: 'The ratification was recorded by someone else meanwhile; reload it and try again',
    write: async (tx) => {
      const recorded = await tx.findOne(RecordedRatification, { countryCode, conventionCode });
      const sameRecord = (record: { countryCode: string; conventionCode: string }) =>
        record.countryCode === countryCode && record.conventionCode === conventionCode;
      const [current] = currentRatifications(recorded ? [recorded] : [], sameRecord);
      const change = ratificationChange(current, input.status, date);
      if (!change.ok)
        throw new Refusal('CONFLICT', `${countryCode}/${conventionCode}: ${change.message}`, ['input', 'status']);
      const values = {
        date: change.date,
        status: input.status,
        statusSince: change.statusSince,
        dateCertain: input.dateCertain ?? true,
        note,
        recordedAt: now,
      };
      if (recorded) Object.assign(recorded, values);
      else tx.create(RecordedRatification, { id: newId(), countryCode, conventionCode, ...values });
      return { countryCode, conventionCode };
    },
    audited: () => ({
      operation: `recordRatification:${input.status}`,
      target: `Ratification:${countryCode}/${conventionCode}`,
      country: countryCode,
    }),
  });
  return payloadOf(
    outcome,
    async (recorded) => {
      const ratifications = await context.loaders.ratificationsOfCountry.load(recorded.countryCode);
      return {
        ratification:
          ratifications.find((ratification) => ratification.conventionCode === recorded.conventionCode) ?? null,
      };
    },
    { ratification: null },
  );
}
