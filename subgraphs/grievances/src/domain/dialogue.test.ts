import { describe, expect, it } from 'vitest';
import { MAX_ANSWER, MAX_QUESTION, messageTextIssues, questionIssues } from './dialogue';

describe('a question and an answer', () => {
  it('is exactly one of a written question and a template', () => {
    expect(questionIssues({ question: 'Which line do you work on?' })).toEqual([]);
    expect(questionIssues({ template: 'DATES' })).toEqual([]);
    expect(questionIssues({ question: 'Which line?', template: 'DATES' })).toEqual([
      { path: ['question'], message: 'give either a question or a template, not both' },
    ]);
    expect(questionIssues({ question: null, template: null })).toEqual([
      { path: ['question'], message: 'give a question or a template' },
    ]);
  });

  it('is refused blank, too long or with NUL, counting characters rather than UTF-16 units', () => {
    expect(questionIssues({ question: '   ' })).toEqual([{ path: ['question'], message: 'must not be blank' }]);
    expect(questionIssues({ question: 'x'.repeat(MAX_QUESTION + 1) })[0].message).toMatch(/at most 2,000/);
    expect(messageTextIssues('😀'.repeat(MAX_ANSWER), 'answer', MAX_ANSWER)).toEqual([]);
    expect(messageTextIssues(`${'a'.repeat(MAX_ANSWER)} b`, 'answer', MAX_ANSWER)[0].message).toMatch(/at most 5,000/);
    expect(messageTextIssues('yes\u0000', 'answer', MAX_ANSWER)[0].message).toMatch(/NUL/);
  });
});
