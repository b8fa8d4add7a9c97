import { isBound, type AgreementKind, type PartyRole } from './vocabulary';

export interface SigningParty {
  countryCode: string | null;
  organizationId: string | null;
  role: PartyRole;
}

/**
 * Who must have signed for an agreement of each kind to exist. Checked when a draft is signed and
 * when a signatory is added later — not while the draft is still being negotiated.
 * Returns the reason it cannot be signed, or null.
 */
export function signatoryProblem(kind: AgreementKind, parties: readonly SigningParty[]): string | null {
  const signatories = parties.filter((party) => isBound(party.role));
  const states = signatories.filter((party) => party.countryCode).length;
  const organizations = signatories.length - states;
  switch (kind) {
    case 'BILATERAL':
      return signatories.length === 2
        ? null
        : `a BILATERAL agreement has exactly two signatories, this one has ${signatories.length}`;
    case 'MULTILATERAL':
      return signatories.length >= 3
        ? null
        : `a MULTILATERAL agreement needs at least three signatories, this one has ${signatories.length}`;
    case 'TRADE_AGREEMENT_LABOUR_CHAPTER':
      return states >= 2
        ? null
        : `a trade agreement's labour chapter is signed by at least two states, this one has ${states}`;
    case 'GLOBAL_FRAMEWORK_AGREEMENT':
    case 'ENFORCEABLE_BRAND_AGREEMENT':
      if (states > 0) return `a ${kind} is signed by companies and unions, not by states`;
      return organizations >= 2
        ? null
        : `a ${kind} needs at least two signatory organisations, this one has ${organizations}`;
    case 'MEMORANDUM_OF_UNDERSTANDING':
      return signatories.length >= 2
        ? null
        : `a memorandum of understanding needs at least two signatories, this one has ${signatories.length}`;
  }
}
