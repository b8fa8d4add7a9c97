import { badUserInput } from '../../../../runtime/errors';
import type { InputIssue } from '../../../../runtime/mutation';
import { conventionByCode, countryByCode, type Country } from './reference-data';

/** `parties[1].country` → `['parties', '1', 'country']`. */
const pathOf = (dotted: string): string[] => dotted.split(/[.[\]]+/).filter(Boolean);

/**
 * Collects the problems of one input so a client hears about all of them at once. Paths are
 * written dotted (`parties[1].country`) and reported as lists under `root` (the argument).
 */
export class Issues {
  readonly list: InputIssue[] = [];

  constructor(private readonly root: readonly string[] = ['input']) {}

  add(path: string, message: string): void {
    this.list.push({ path: [...this.root, ...pathOf(path)], message });
  }

  get ok(): boolean {
    return this.list.length === 0;
  }

  /** Trimmed text within bounds, or null when absent (and allowed to be). */
  text(
    path: string,
    value: string | null | undefined,
    { min = 1, max, required = false }: { min?: number; max: number; required?: boolean },
  ) {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required || value != null)
        this.add(path, required ? 'is required' : 'must not be blank (leave it out instead)');
      return null;
    }
    if (trimmed.length < min) this.add(path, `must be at least ${min} characters`);
    if (trimmed.length > max) this.add(path, `must be at most ${max} characters`);
    return trimmed;
  }

  /** An ISO 3166-1 alpha-2 code from the reference data, upper-cased. */
  country(path: string, value: string): string {
    const code = value.trim().toUpperCase();
    if (!countryByCode(code)) this.add(path, `"${value}" is not an ISO 3166-1 alpha-2 country code`);
    return code;
  }

  /** A convention or protocol code this graph knows (C029, P029, …), upper-cased. */
  convention(path: string, value: string): string {
    const code = value.trim().toUpperCase();
    if (!conventionByCode(code)) this.add(path, `"${value}" is not a convention this graph knows (e.g. C087, P029)`);
    return code;
  }

  organizationId(path: string, value: string): string {
    const id = value.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{1,99}$/.test(id))
      this.add(path, 'must be an organisation id (2–100 letters, digits, - or _)');
    return id;
  }

  /** A date that has already come (status changes and ratifications are recorded, not planned). */
  notFuture(path: string, date: string, today: string): string {
    if (date > today) this.add(path, `${date} is in the future (today is ${today})`);
    return date;
  }

  url(path: string, value: string | null | undefined): string | null {
    const text = this.text(path, value, { max: 500 });
    if (text && !/^https?:\/\/[^\s]+$/i.test(text)) this.add(path, 'must be an http(s) URL');
    return text;
  }

  integer(path: string, value: number, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max)
      this.add(path, `must be a whole number from ${min} to ${max}`);
    return value;
  }

  /** Reports each value that occurs more than once (empty keys, already reported as invalid, are skipped). */
  unique<T>(path: string, values: readonly T[], describe: (value: T) => string = String): void {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      const key = describe(value);
      if (!key) return;
      if (seen.has(key)) this.add(`${path}[${index}]`, `${key} is listed twice`);
      seen.add(key);
    });
  }
}

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

/** A country code argument: unknown codes are the caller's mistake, not an empty answer. */
export function knownCountry(argument: string, code: string): Country {
  const country = countryByCode(code.trim());
  if (!country) throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-2 country code`, { argument });
  return country;
}

/** A convention code argument (C087, P029, …), upper-cased. */
export function knownConventionCode(argument: string, code: string): string {
  const issues = new Issues();
  const parsed = issues.convention(argument, code);
  if (!issues.ok) throw badUserInput(issues.list[0].message, { argument });
  return parsed;
}
