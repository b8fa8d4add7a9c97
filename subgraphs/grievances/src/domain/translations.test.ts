import { describe, expect, it } from 'vitest';
import { GRIEVANCE_STATUSES } from './lifecycle';
import { COMPLAINANT_LANGUAGES, TIMELINE_EVENT_KINDS, type ComplainantLanguage } from './messages';
import { CATALOGUES, type Catalogue } from './translations';

/** Every text of a catalogue with its place, e.g. ["events.STATUS_CHANGED", "Status changed to: {status}"]. */
function entries(catalogue: Catalogue): [string, string][] {
  return [
    ...Object.entries(catalogue.statuses).flatMap(([status, { name, nextStep }]): [string, string][] => [
      [`statuses.${status}.name`, name],
      [`statuses.${status}.nextStep`, nextStep],
    ]),
    ...Object.entries(catalogue.events).map(([kind, text]): [string, string] => [`events.${kind}`, text]),
    ...Object.entries(catalogue.notices).map(([notice, text]): [string, string] => [`notices.${notice}`, text]),
  ];
}

const english = new Map(entries(CATALOGUES.en));
const translated = COMPLAINANT_LANGUAGES.filter((language) => language !== 'en');
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('the catalogues are complete', () => {
  it('exist for exactly the complainant languages', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...COMPLAINANT_LANGUAGES].sort());
  });

  it('list every timeline event kind the messages know, and no other', () => {
    expect(Object.keys(CATALOGUES.en.events).sort()).toEqual([...TIMELINE_EVENT_KINDS].sort());
  });

  it.each(COMPLAINANT_LANGUAGES)('%s: every status has a name and a next step', (language) => {
    const { statuses } = CATALOGUES[language];
    expect(Object.keys(statuses).sort()).toEqual([...GRIEVANCE_STATUSES].sort());
    for (const status of GRIEVANCE_STATUSES) {
      expect(statuses[status]?.name?.trim(), `${language} ${status} name`).toBeTruthy();
      expect(statuses[status]?.nextStep?.trim(), `${language} ${status} nextStep`).toBeTruthy();
    }
  });

  it.each(COMPLAINANT_LANGUAGES)('%s: every timeline event kind has a text', (language) => {
    const { events } = CATALOGUES[language];
    for (const kind of TIMELINE_EVENT_KINDS) expect(events[kind]?.trim(), `${language} ${kind}`).toBeTruthy();
  });

  it.each(COMPLAINANT_LANGUAGES)('%s: every notice the English has is there', (language) => {
    const { notices } = CATALOGUES[language];
    expect(Object.keys(notices).sort()).toEqual(Object.keys(CATALOGUES.en.notices).sort());
    for (const [notice, text] of Object.entries(notices)) expect(text.trim(), `${language} ${notice}`).toBeTruthy();
  });

  it.each(translated)('%s: has the placeholders exactly where the English has them', (language) => {
    for (const [place, text] of entries(CATALOGUES[language])) {
      expect(placeholders(text), `${language} ${place}`).toEqual(placeholders(english.get(place) ?? ''));
    }
  });

  it.each(translated)('%s: translates every entry rather than keeping the English', (language) => {
    for (const [place, text] of entries(CATALOGUES[language])) {
      expect(text, `${language} ${place} is still English`).not.toBe(english.get(place));
    }
  });
});

describe('the catalogues are written so every device shows them alike', () => {
  it.each(COMPLAINANT_LANGUAGES)('%s: stores text in composed (NFC) form', (language) => {
    for (const [place, text] of entries(CATALOGUES[language])) {
      expect(text.normalize('NFC') === text, `${language} ${place} is not NFC`).toBe(true);
    }
  });

  it.each(COMPLAINANT_LANGUAGES)(
    '%s: holds no direction marks (isolates are added when values are filled in)',
    (language) => {
      for (const [place, text] of entries(CATALOGUES[language])) {
        expect(text, `${language} ${place}`).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
      }
    },
  );

  const SCRIPTS: Partial<Record<ComplainantLanguage, RegExp>> = {
    bn: /[\u0980-\u09FF]/,
    km: /[\u1780-\u17FF]/,
    ne: /[\u0900-\u097F]/,
    hi: /[\u0900-\u097F]/,
    my: /[\u1000-\u104F]/,
    ar: /[\u0600-\u06FF]/,
  };
  it.each(Object.entries(SCRIPTS))('%s: writes every entry in its own script', (language, script) => {
    for (const [place, text] of entries(CATALOGUES[language as ComplainantLanguage])) {
      expect(text, `${language} ${place}`).toMatch(script);
    }
  });

  it('writes Burmese in Unicode, not Zawgyi', () => {
    for (const [place, text] of entries(CATALOGUES.my)) {
      // Zawgyi puts its own glyph variants in the Myanmar extension blocks …
      expect(text, place).not.toMatch(/[\u1050-\u109F]/);
      // … and types the vowel sign E and medial RA before their consonant, where Unicode never has them.
      expect(text, place).not.toMatch(/(^|[^\u1000-\u104F])[\u1031\u103C]/);
    }
  });

  it('marks Arabic as right-to-left and every other language as left-to-right', () => {
    for (const language of COMPLAINANT_LANGUAGES) {
      expect(CATALOGUES[language].direction, language).toBe(language === 'ar' ? 'RTL' : 'LTR');
    }
  });
});
