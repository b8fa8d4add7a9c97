import { describe, expect, it } from 'vitest';
import { signatoryProblem, type SigningParty } from './signing-rules';

const state = (countryCode: string, role: SigningParty['role'] = 'SIGNATORY'): SigningParty => ({
  countryCode,
  organizationId: null,
  role,
});
const org = (organizationId: string, role: SigningParty['role'] = 'SIGNATORY'): SigningParty => ({
  countryCode: null,
  organizationId,
  role,
});

describe('who must sign an agreement of each kind', () => {
  it('wants exactly two signatories for a bilateral agreement, not counting observers', () => {
    expect(signatoryProblem('BILATERAL', [state('BD'), state('NL'), org('org-ilo', 'OBSERVER')])).toBeNull();
    expect(signatoryProblem('BILATERAL', [state('BD')])).toMatch(/exactly two signatories, this one has 1/);
    expect(signatoryProblem('BILATERAL', [state('BD'), state('NL'), state('DE')])).toMatch(/this one has 3/);
  });

  it('wants three or more for a multilateral agreement and two states for a trade agreement', () => {
    expect(signatoryProblem('MULTILATERAL', [state('BD'), state('VN')])).toMatch(/at least three/);
    expect(signatoryProblem('MULTILATERAL', [state('BD'), state('VN'), state('KH')])).toBeNull();
    expect(signatoryProblem('TRADE_AGREEMENT_LABOUR_CHAPTER', [state('US'), org('org-union')])).toMatch(
      /at least two states, this one has 1/,
    );
    expect(signatoryProblem('TRADE_AGREEMENT_LABOUR_CHAPTER', [state('US'), state('MX')])).toBeNull();
  });

  it('keeps states out of brand and framework agreements', () => {
    expect(signatoryProblem('GLOBAL_FRAMEWORK_AGREEMENT', [org('org-brand'), org('org-union')])).toBeNull();
    expect(signatoryProblem('GLOBAL_FRAMEWORK_AGREEMENT', [org('org-brand'), state('DE')])).toMatch(/not by states/);
    expect(signatoryProblem('ENFORCEABLE_BRAND_AGREEMENT', [org('org-brand'), org('org-ilo', 'WITNESS')])).toMatch(
      /at least two signatory organisations, this one has 1/,
    );
  });
});
