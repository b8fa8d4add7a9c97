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
    ['km', 'km'],
    ['km-KH', 'km'],
    ['ne-NP', 'ne'],
    ['my-MM', 'my'],
    ['id-ID', 'id'],
    ['in-ID', 'id'],
    ['hi-IN', 'hi'],
    ['ar-SA', 'ar'],
    ['ar_EG', 'ar'],
    ['ar-Arab-JO', 'ar'],
  ])('resolves %j to %s', (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each([['de'], ['zh-Hant-TW'], ['th-TH'], ['ur-PK'], [''], ['not a tag!'], ['x']])(
    'falls back to English for %j',
    (tag) => {
      expect(resolveLanguage(tag)).toBe('en');
    },
  );

  it('falls back to English when no language is known at all', () => {
    expect(resolveLanguage(undefined)).toBe('en');
    expect(resolveLanguage(null)).toBe('en');
    expect(resolveLanguage([])).toBe('en');
  });

  it('takes the first supported language from a preference list', () => {
    expect(resolveLanguage(['de-DE', 'th', 'vi-VN', 'fr'])).toBe('vi');
    expect(resolveLanguage(['ms-MY', 'my-MM', 'en'])).toBe('my');
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

  it('writes Vietnamese with its own letters', () => {
    expect(complainantMessage('INVESTIGATING', 'vi').nextStep).toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
    );
  });

  it('tells the reader which way the text runs: right to left for Arabic only', () => {
    expect(complainantMessage('RECEIVED', 'ar-SA')).toMatchObject({ language: 'ar', direction: 'RTL' });
    expect(complainantMessage('RECEIVED', 'ar_EG').direction).toBe('RTL');
    for (const language of COMPLAINANT_LANGUAGES.filter((l) => l !== 'ar')) {
      expect(complainantMessage('RECEIVED', language).direction, language).toBe('LTR');
    }
    expect(complainantMessage('RECEIVED', 'he-IL')).toMatchObject({ language: 'en', direction: 'LTR' });
  });
});

describe('the overdue notice', () => {
  it("replaces the next step while an open case is overdue, in the reader's language", () => {
    for (const language of COMPLAINANT_LANGUAGES) {
      const message = complainantMessage('INVESTIGATING', language, { overdue: true });
      expect(message.nextStep).toBe(CATALOGUES[language].notices.OVERDUE);
      expect(message.statusName).toBe(statusName('INVESTIGATING', language));
    }
    expect(complainantMessage('RECEIVED', 'en', { overdue: true }).nextStep).toBe(
      'The deadline for the next step has passed. The body responsible for your case has been told. You do not need to file again.',
    );
  });

  it('is not shown when the case is on time or the option is left out', () => {
    const usual = CATALOGUES.hi.statuses.UNDER_REVIEW.nextStep;
    expect(complainantMessage('UNDER_REVIEW', 'hi-IN', { overdue: false }).nextStep).toBe(usual);
    expect(complainantMessage('UNDER_REVIEW', 'hi-IN').nextStep).toBe(usual);
  });

  it('gives way to the status once the case is escalated or closed', () => {
    for (const status of ['ESCALATED', 'RESOLVED', 'NOT_SUBSTANTIATED', 'WITHDRAWN'] as const) {
      expect(complainantMessage(status, 'id-ID', { overdue: true }).nextStep).toBe(
        CATALOGUES.id.statuses[status].nextStep,
      );
    }
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

  it('isolates the status name inside right-to-left text so it cannot reorder the line', () => {
    const { text } = timelineMessage({ kind: 'STATUS_CHANGED', status: 'RESOLVED' }, 'ar-SA');
    expect(text).toBe(`الحالة الجديدة: \u2068${CATALOGUES.ar.statuses.RESOLVED.name}\u2069`);
    for (const language of COMPLAINANT_LANGUAGES.filter((l) => l !== 'ar')) {
      expect(timelineMessage({ kind: 'STATUS_CHANGED', status: 'RESOLVED' }, language).text).not.toMatch(
        /[\u2066-\u2069]/,
      );
    }
  });

  it('has wording for the deadline, question, answer, retaliation and correction events', () => {
    expect(timelineMessage({ kind: 'QUESTION_ASKED', status: 'UNDER_REVIEW' }, 'en').text).toBe(
      'The case handler asked you a question. Read it here and answer with your tracking code and secret',
    );
    expect(timelineMessage({ kind: 'RETALIATION_REPORTED', status: 'INVESTIGATING' }, 'ne-NP').language).toBe('ne');
    expect(timelineMessage({ kind: 'DEADLINE_MISSED', status: 'ESCALATED' }, 'km-KH').text).toBe(
      CATALOGUES.km.events.DEADLINE_MISSED,
    );
  });

  it('falls back to English for the timeline too', () => {
    expect(timelineMessage({ kind: 'FILED', status: 'RECEIVED' }, 'de-AT')).toEqual({
      language: 'en',
      text: 'Grievance filed',
    });
  });
});
