import type { RemediationResolvers } from '../__generated__/resolvers-types';

/** Decimal columns come back as strings (PostgreSQL) or numbers (SQLite); clients always get two decimals. */
const money = (amount: string | number | null, currency: string | null) =>
  amount == null || !currency ? null : { amount: Number(amount).toFixed(2), currency };

export const Remediation: RemediationResolvers = {
  backPay: (remediation) => money(remediation.backPayAmount, remediation.backPayCurrency),
  compensation: (remediation) => money(remediation.compensationAmount, remediation.compensationCurrency),
  verified: (remediation) => remediation.verifiedAt != null,
  verifiedBy: (remediation) =>
    remediation.verifiedByOrganizationId ? { id: remediation.verifiedByOrganizationId } : null,
};
