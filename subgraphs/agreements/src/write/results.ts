import type { UserError } from '../__generated__/resolvers-types';

/** What an agreement mutation hands to its payload: the agreement's id, or why nothing changed. */
export interface AgreementResult {
  agreementId: string | null;
  userErrors: UserError[];
}

export interface RatificationResult {
  ratification: { countryCode: string; conventionCode: string } | null;
  userErrors: UserError[];
}

/**
 * An expected business failure (unknown agreement, illegal transition, stale version, overlapping
 * dates). Thrown inside a write's transaction so that nothing is written, then returned to the
 * client as a `UserError` rather than a GraphQL error.
 */
export class Refusal extends Error {
  constructor(
    readonly code: UserError['code'],
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
    this.name = 'Refusal';
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field };
  }
}
