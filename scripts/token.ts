/**
 * Prints a development JWT that the running embedded stack accepts.
 *   npm run token -- --role BRAND --org org-atlas-outfitters
 *   npm run token -- --role REGULATOR --country BD [--org <id>] [--subject alice] [--expires 2h]
 * --expires defaults to 12h (or JWT_MAX_LIFETIME_SECONDS when shorter) and may not exceed that maximum.
 * Without --org (and --country for regulators) the demo organisation of that role is used.
 */
import { parseArgs } from 'node:util';
import { demoPrincipalFor } from '../demo/world';
import { ROLES, type Role } from '../runtime/principal';
import { issueDevelopmentToken, TokenLifetimeError } from '../gateway/src/auth';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    country: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string' },
    scope: { type: 'string', multiple: true },
  },
});
const role = values.role?.toUpperCase();
if (!role || !(ROLES as readonly string[]).includes(role) || role === 'PUBLIC') {
  console.error(
    `--role must be one of ${ROLES.filter((name) => name !== 'PUBLIC').join(', ')} (no token at all is PUBLIC)`,
  );
  process.exit(2);
}
if (values.country && !/^[A-Za-z]{2}$/.test(values.country)) {
  console.error('--country must be an ISO 3166-1 alpha-2 code, e.g. BD');
  process.exit(2);
}
const demo = demoPrincipalFor(role);
try {
  console.log(
    await issueDevelopmentToken({
      role: role as Exclude<Role, 'PUBLIC'>,
      organizationId: values.org ?? demo.organizationId,
      country: values.country ?? demo.country,
      subject: values.subject,
      expiresIn: values.expires,
      scopes: values.scope,
    }),
  );
} catch (error) {
  // The gateway refuses tokens that live longer than its maximum: none is made.
  if (!(error instanceof TokenLifetimeError)) throw error;
  console.error(`--expires: ${error.message}`);
  process.exit(2);
}
