/**
 * The dialogue between a case's handler and the worker who filed it without an account: what a
 * question and an answer may be. Lengths count Unicode characters, as the other texts of a case do.
 */
import type { InputIssue } from '../../../../runtime/mutation';
import type { QuestionTemplate } from './question-templates';

export const MAX_QUESTION = 2000;
export const MAX_ANSWER = 5000;
/** Questions a case may have waiting for an answer: a worker is not to be buried in them. */
export const MAX_UNANSWERED_QUESTIONS = 20;

/** Trimmed, not blank, at most `max` characters, without NUL (PostgreSQL text cannot hold it). */
export function messageTextIssues(text: string, argument: string, max: number): InputIssue[] {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  if (length === 0) return [{ path: [argument], message: 'must not be blank' }];
  if (length > max)
    return [
      {
        path: [argument],
        message: `${argument} must be at most ${max.toLocaleString('en')} characters (it has ${length.toLocaleString('en')})`,
      },
    ];
  if (trimmed.includes('\u0000')) return [{ path: [argument], message: `${argument} must not contain NUL characters` }];
  return [];
}

export type QuestionInput = { question?: string | null; template?: QuestionTemplate | null };

/** A question is either written by the handler or one of the templates: exactly one of the two. */
export function questionIssues({ question, template }: QuestionInput): InputIssue[] {
  const written = question != null;
  if (written && template != null)
    return [{ path: ['question'], message: 'give either a question or a template, not both' }];
  if (!written && template == null) return [{ path: ['question'], message: 'give a question or a template' }];
  return written ? messageTextIssues(question, 'question', MAX_QUESTION) : [];
}
