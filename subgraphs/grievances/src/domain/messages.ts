/**
 * Complainant-facing wording: the status of a grievance and its timeline in the complainant's
 * language. The language is chosen from a BCP 47 tag (the grievance's own language, or the
 * reader's Accept-Language entries) by its primary language subtag; anything we have no
 * translation for falls back to English so the worker always gets an answer.
 */
import { isTerminalStatus, type GrievanceStatus } from './lifecycle';
import { CATALOGUES, type TextDirection, type TimelineEventKind } from './translations';

export type { TextDirection, TimelineEventKind } from './translations';

export const COMPLAINANT_LANGUAGES = ['en', 'fr', 'es', 'vi', 'bn', 'km', 'ne', 'my', 'id', 'hi', 'ar'] as const;
export type ComplainantLanguage = (typeof COMPLAINANT_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: ComplainantLanguage = 'en';

export const TIMELINE_EVENT_KINDS: readonly TimelineEventKind[] = [
  'FILED',
  'ACKNOWLEDGED',
  'STATUS_CHANGED',
  'ESCALATED',
  'WITHDRAWN',
  'DEADLINE_MISSED',
  'QUESTION_ASKED',
  'ANSWER_RECEIVED',
  'RETALIATION_REPORTED',
  'MECHANISM_CORRECTED',
];

function isComplainantLanguage(value: string): value is ComplainantLanguage {
  return (COMPLAINANT_LANGUAGES as readonly string[]).includes(value);
}

/** The primary language subtag of a tag, canonicalised ("iw" → "he"), or null if not BCP 47. */
function primaryLanguage(tag: string): string | null {
  // Android and Java report locales as "fr_CA"; accept that spelling too.
  const candidate = tag.trim().replace(/_/g, '-');
  if (candidate === '') return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(candidate);
    return canonical ? new Intl.Locale(canonical).language : null;
  } catch {
    return null;
  }
}

/**
 * The first supported language among the given tag(s), else English.
 * "fr-CA" → fr, "ar_EG" → ar, ["de-DE", "es-419"] → es, "xx-invalid!" → en.
 */
export function resolveLanguage(tags: string | readonly string[] | null | undefined): ComplainantLanguage {
  const list = typeof tags === 'string' ? [tags] : (tags ?? []);
  for (const tag of list) {
    const language = primaryLanguage(tag);
    if (language && isComplainantLanguage(language)) return language;
  }
  return FALLBACK_LANGUAGE;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Fills `{name}` placeholders. In right-to-left text each value is wrapped in Unicode isolates,
 * so a code, a number or a Latin name inside an Arabic sentence keeps its order and does not
 * drag the punctuation around it.
 */
function fill(template: string, values: Record<string, string>, direction: TextDirection): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return direction === 'RTL' ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value;
  });
}

export type ComplainantMessage = {
  language: ComplainantLanguage;
  /** RTL for Arabic, LTR for the others. */
  direction: TextDirection;
  statusName: string;
  nextStep: string;
};

export type ComplainantMessageOptions = {
  /**
   * The case is past a deadline and not escalated: the worker reads that the responsible body
   * has been told, instead of a next step that is already late. Ignored for an escalated or
   * closed case.
   */
  overdue?: boolean;
};

export function complainantMessage(
  status: GrievanceStatus,
  languageTag: string | readonly string[] | null | undefined,
  { overdue = false }: ComplainantMessageOptions = {},
): ComplainantMessage {
  const language = resolveLanguage(languageTag);
  const catalogue = CATALOGUES[language];
  const { name, nextStep } = catalogue.statuses[status];
  const late = overdue && status !== 'ESCALATED' && !isTerminalStatus(status);
  return {
    language,
    direction: catalogue.direction,
    statusName: name,
    nextStep: late ? catalogue.notices.OVERDUE : nextStep,
  };
}

/** The short status name alone, e.g. for lists. */
export function statusName(
  status: GrievanceStatus,
  languageTag: string | readonly string[] | null | undefined,
): string {
  return complainantMessage(status, languageTag).statusName;
}

export type TimelineEventForComplainant = {
  kind: TimelineEventKind;
  /** The grievance's status after the event; named in STATUS_CHANGED messages. */
  status: GrievanceStatus;
};

export type TimelineMessage = { language: ComplainantLanguage; text: string };

export function timelineMessage(
  event: TimelineEventForComplainant,
  languageTag: string | readonly string[] | null | undefined,
): TimelineMessage {
  const language = resolveLanguage(languageTag);
  const catalogue = CATALOGUES[language];
  const text = fill(
    catalogue.events[event.kind],
    { status: catalogue.statuses[event.status].name },
    catalogue.direction,
  );
  return { language, text };
}
