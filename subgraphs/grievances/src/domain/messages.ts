/**
 * Complainant-facing wording: the status of a grievance and its timeline in the complainant's
 * language. The language is chosen from a BCP 47 tag (the grievance's own language, or the
 * reader's Accept-Language entries) by its primary language subtag; anything we have no
 * translation for falls back to English so the worker always gets an answer.
 */
import type { GrievanceStatus } from './lifecycle';
import { CATALOGUES, type TimelineEventKind } from './translations';

export type { TimelineEventKind } from './translations';

export const COMPLAINANT_LANGUAGES = ['en', 'fr', 'es', 'vi', 'bn'] as const;
export type ComplainantLanguage = (typeof COMPLAINANT_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: ComplainantLanguage = 'en';

export const TIMELINE_EVENT_KINDS: readonly TimelineEventKind[] = [
  'FILED',
  'ACKNOWLEDGED',
  'STATUS_CHANGED',
  'ESCALATED',
  'WITHDRAWN',
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
 * "fr-CA" → fr, "bn-BD" → bn, ["de-DE", "es-419"] → es, "xx-invalid!" → en.
 */
export function resolveLanguage(tags: string | readonly string[] | null | undefined): ComplainantLanguage {
  const list = typeof tags === 'string' ? [tags] : (tags ?? []);
  for (const tag of list) {
    const language = primaryLanguage(tag);
    if (language && isComplainantLanguage(language)) return language;
  }
  return FALLBACK_LANGUAGE;
}

export type ComplainantMessage = { language: ComplainantLanguage; statusName: string; nextStep: string };

export function complainantMessage(
  status: GrievanceStatus,
  languageTag: string | readonly string[] | null | undefined,
): ComplainantMessage {
  const language = resolveLanguage(languageTag);
  const { name, nextStep } = CATALOGUES[language].statuses[status];
  return { language, statusName: name, nextStep };
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
  const text = catalogue.events[event.kind].replace('{status}', catalogue.statuses[event.status].name);
  return { language, text };
}
