import { describe, expect, it } from 'vitest';
import { MAX_QUESTION } from './dialogue';
import { COMPLAINANT_LANGUAGES } from './messages';
import { QUESTION_TEMPLATES, TEMPLATE_LANGUAGES, TEMPLATE_TEXTS, questionText } from './question-templates';

/** The languages the templates must be written in, whatever the message catalogues add later. */
const REQUIRED = ['en', 'fr', 'es', 'vi', 'bn', 'km', 'ne', 'my', 'id', 'hi', 'ar'];

describe('question templates', () => {
  it('are a small fixed set', () => {
    expect(QUESTION_TEMPLATES).toEqual([
      'DATES',
      'STILL_EMPLOYED',
      'WITNESSES',
      'SAFE_CONTACT',
      'RETALIATION_SINCE_FILING',
    ]);
  });

  const languages = [...new Set([...COMPLAINANT_LANGUAGES, ...REQUIRED])];
  it.each(languages)('are each written, not blank and in NFC, in %s', (language) => {
    expect(TEMPLATE_LANGUAGES).toContain(language);
    for (const template of QUESTION_TEMPLATES) {
      const text = (TEMPLATE_TEXTS[template] as Record<string, string | undefined>)[language];
      expect(text?.trim(), `${template} in ${language}`).toBeTruthy();
      expect(text, `${template} in ${language}`).toBe(text!.normalize('NFC'));
      expect([...text!].length).toBeLessThanOrEqual(MAX_QUESTION);
    }
  });

  it('differ from English in every other language, and from each other', () => {
    for (const template of QUESTION_TEMPLATES)
      for (const language of languages.filter((code) => code !== 'en'))
        expect(TEMPLATE_TEXTS[template][language as 'fr'], `${template} in ${language}`).not.toBe(
          TEMPLATE_TEXTS[template].en,
        );
    const english = QUESTION_TEMPLATES.map((template) => TEMPLATE_TEXTS[template].en);
    expect(new Set(english).size).toBe(english.length);
  });

  it('are shown in the case’s language, and in English where none is written', () => {
    expect(questionText('DATES', 'bn-BD')).toBe(TEMPLATE_TEXTS.DATES.bn);
    expect(questionText('WITNESSES', 'ar-EG')).toBe(TEMPLATE_TEXTS.WITNESSES.ar);
    expect(questionText('SAFE_CONTACT', 'fr-CA')).toBe(TEMPLATE_TEXTS.SAFE_CONTACT.fr);
    expect(questionText('STILL_EMPLOYED', 'de-DE')).toBe(TEMPLATE_TEXTS.STILL_EMPLOYED.en);
  });
});
