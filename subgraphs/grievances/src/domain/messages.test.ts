import { describe, expect, it } from 'vitest';
import { GRIEVANCE_STATUSES } from './lifecycle';
import {
  COMPLAINANT_LANGUAGES,
  TIMELINE_EVENT_KINDS,
  complainantMessage,
  resolveLanguage,
  statusName,
  timelineMessage,
} from './messages';
import { CATALOGUES } from './translations';

describe('choosing the complainant language', () => {
  it.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-ca', 'fr'],
    ['fr_CA', 'fr'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['bn-BD', 'bn'],
    ['bn-IN', 'bn'],
    ['bn-Beng-BD', 'bn'],
    [' en-GB ', 'en'],
  ])('resolves %j to %s', (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([['de'], ['zh-Hant-TW'], ['km-KH'], [''], ['not a tag!'], ['x']])('falls back to English for %j', (tag) => {
    expect(resolveLanguage(tag)).toBe('en');
  });

  it('falls back to English when no language is known at all', () => {
    expect(resolveLanguage(undefined)).toBe('en');
    expect(resolveLanguage(null)).toBe('en');
    expect(resolveLanguage([])).toBe('en');
  });

  it('takes the first supported language from a preference list', () => {
    expect(resolveLanguage(['de-DE', 'km', 'vi-VN', 'fr'])).toBe('vi');
    expect(resolveLanguage(['???', 'es'])).toBe('es');
  });
});

describe('status messages', () => {
  it('has a name and a next step for every status in every language', () => {
    for (const language of COMPLAINANT_LANGUAGES) {
      for (const status of GRIEVANCE_STATUSES) {
        const message = complainantMessage(status, language);
        expect(message.language).toBe(language);
        expect(message.statusName.trim().length).toBeGreaterThan(0);
        expect(message.nextStep.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it("is actually translated: no language reuses another language's sentence", () => {
    for (const status of GRIEVANCE_STATUSES) {
      const sentences = COMPLAINANT_LANGUAGES.map((language) => complainantMessage(status, language).nextStep);
      expect(new Set(sentences).size).toBe(COMPLAINANT_LANGUAGES.length);
    }
  });

  it('gives each status a distinct name within a language', () => {
    for (const language of COMPLAINANT_LANGUAGES) {
      const names = GRIEVANCE_STATUSES.map((status) => statusName(status, language));
      expect(new Set(names).size).toBe(GRIEVANCE_STATUSES.length);
    }
  });

  it("answers in the regional variant's language and in English for an unknown one", () => {
    expect(complainantMessage('RECEIVED', 'fr-CA')).toMatchObject({ language: 'fr', statusName: 'Reçue' });
    expect(complainantMessage('RESOLVED', 'bn-BD').language).toBe('bn');
    expect(complainantMessage('ESCALATED', 'tlh')).toMatchObject({ language: 'en', statusName: 'Escalated' });
  });

  it('stores Vietnamese text in composed (NFC) form so search and fonts behave', () => {
    const text = JSON.stringify(CATALOGUES.vi);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('writes Bengali and Vietnamese in their own scripts', () => {
    expect(complainantMessage('INVESTIGATING', 'bn').nextStep).toMatch(/[\u0980-\u09FF]/);
    expect(complainantMessage('INVESTIGATING', 'vi').nextStep).toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
    );
  });
});

describe('timeline messages', () => {
  it('has a message for every event kind in every language, with no placeholder left', () => {
    for (const language of COMPLAINANT_LANGUAGES) {
      for (const kind of TIMELINE_EVENT_KINDS) {
        const { text } = timelineMessage({ kind, status: 'UNDER_REVIEW' }, language);
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toContain('{');
      }
    }
  });

  it('names the new status, in the same language, when the status changed', () => {
    expect(timelineMessage({ kind: 'STATUS_CHANGED', status: 'INVESTIGATING' }, 'en').text).toBe(
      'Status changed to: Being investigated',
    );
    expect(timelineMessage({ kind: 'STATUS_CHANGED', status: 'RESOLVED' }, 'es-CO')).toEqual({
      language: 'es',
      text: 'Nuevo estado: Resuelta',
    });
  });

  it('falls back to English for the timeline too', () => {
    expect(timelineMessage({ kind: 'FILED', status: 'RECEIVED' }, 'de-AT')).toEqual({
      language: 'en',
      text: 'Grievance filed',
    });
  });
});
