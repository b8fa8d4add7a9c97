import { invalidInput } from '../../../../runtime/mutation';
import { under, type ParseResult } from '../domain';

/**
 * The parsed argument, or one BAD_USER_INPUT error listing every problem with it (each at its
 * path under the argument, e.g. `['input', 'findings', '3', 'description']`); nothing is written.
 */
export function acceptedInput<Value>(summary: string, parsed: ParseResult<Value>, argument = 'input'): Value {
  if (parsed.ok) return parsed.value;
  return invalidInput(summary, under(argument, parsed.issues));
}
