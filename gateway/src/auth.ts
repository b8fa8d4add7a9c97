import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { config } from '../../runtime/config';
import { unauthenticated } from '../../runtime/errors';
import { PUBLIC_PRINCIPAL, ROLES, type Principal, type Role } from '../../runtime/principal';
import { jwtSecret } from '../../runtime/secrets';

type KeySource = { algorithms: string[]; key: Uint8Array | JWTVerifyGetKey };

let keySource: KeySource | undefined;

/** HS256 with the (generated) development secret, or the identity provider's JWKS in production. */
function keys(): KeySource {
  if (keySource) return keySource;
  const { JWT_JWKS_URL } = config();
  keySource = JWT_JWKS_URL
    ? { algorithms: ['RS256', 'ES256', 'PS256'], key: createRemoteJWKSet(new URL(JWT_JWKS_URL)) }
    : { algorithms: ['HS256'], key: new TextEncoder().encode(jwtSecret()) };
  return keySource;
}

/** Forgets cached keys (tests switch secrets). */
export function resetKeys(): void {
  keySource = undefined;
}

const claim = (payload: JWTPayload, name: string) =>
  typeof payload[name] === 'string' ? (payload[name] as string) : null;

function principalFrom(payload: JWTPayload): Principal {
  const settings = config();
  const role = claim(payload, settings.JWT_ROLE_CLAIM);
  if (!role || !(ROLES as readonly string[]).includes(role) || role === 'PUBLIC') {
    throw unauthenticated(
      `Token names no known role (got ${JSON.stringify(role)}); expected one of ${ROLES.filter((name) => name !== 'PUBLIC').join(', ')}`,
    );
  }
  const country = claim(payload, settings.JWT_COUNTRY_CLAIM)?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country))
    throw unauthenticated('Token country must be an ISO 3166-1 alpha-2 code');
  if (role === 'REGULATOR' && !country) throw unauthenticated('A regulator token must name its jurisdiction country');
  const scope = payload.scope;
  return {
    subject: payload.sub ?? null,
    role: role as Role,
    organizationId: claim(payload, settings.JWT_ORG_CLAIM),
    country,
    scopes: typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [],
  };
}

/**
 * How long a token is good for: from its issue (`iat`) to its expiry (`exp`), and never less than
 * what is left of it from now — an `iat` that is absent or in the future must not make a token
 * look shorter-lived than it is.
 */
export function tokenLifetimeSeconds(payload: JWTPayload, nowSeconds = Math.floor(Date.now() / 1000)): number {
  const issued = typeof payload.iat === 'number' ? Math.min(payload.iat, nowSeconds) : nowSeconds;
  return (payload.exp ?? Infinity) - issued;
}

/** How far the issuer's clock may be off ours. */
const CLOCK_TOLERANCE_SECONDS = 5;

const hours = (seconds: number) => `${Math.round((seconds / 3600) * 10) / 10} h`;

/**
 * A long-lived token is a credential that outlives its holder's role; a leaked one stays useful for
 * as long. Tokens that live longer than JWT_MAX_LIFETIME_SECONDS are refused, however well signed.
 */
function refuseLongLived(payload: JWTPayload): void {
  const maximum = config().JWT_MAX_LIFETIME_SECONDS;
  const lifetime = tokenLifetimeSeconds(payload);
  // The issuer's clock may run a little ahead of ours: the same tolerance as for exp and nbf.
  if (lifetime > maximum + CLOCK_TOLERANCE_SECONDS)
    throw unauthenticated(
      `Token lives too long: ${hours(lifetime)} from issue to expiry, at most ${hours(maximum)} accepted; ask for a shorter-lived token`,
    );
}

/**
 * The caller from the Authorization header. No header is the PUBLIC principal; anything else
 * that is not a valid, current token of ours — wrong signature, `alg: none`, expired, not yet
 * valid, too long-lived, unknown role — is UNAUTHENTICATED.
 */
export async function authenticate(authorization: string | undefined): Promise<Principal> {
  if (!authorization) return PUBLIC_PRINCIPAL;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
  const { key, algorithms } = keys();
  const settings = config();
  try {
    const { payload } = await jwtVerify(match[1], key as Uint8Array, {
      algorithms,
      issuer: settings.JWT_ISSUER,
      audience: settings.JWT_AUDIENCE,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    refuseLongLived(payload);
    return principalFrom(payload);
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('Token has expired');
    if (error instanceof errors.JWTClaimValidationFailed)
      throw unauthenticated(`Token claim "${error.claim}" is not valid: ${error.reason}`);
    if (error instanceof errors.JOSEError) throw unauthenticated('Token is not valid');
    throw error;
  }
}

export interface TokenRequest {
  role: Exclude<Role, 'PUBLIC'>;
  organizationId?: string | null;
  country?: string | null;
  subject?: string;
  expiresIn?: string;
  scopes?: string[];
}

/** A token `npm run token` was asked for would live longer than the gateway accepts. */
export class TokenLifetimeError extends Error {
  override name = 'TokenLifetimeError';
}

/**
 * A development token signed with the local secret (`npm run token`, the demo, tests). It lives
 * 12 h unless asked otherwise, and never longer than JWT_MAX_LIFETIME_SECONDS: a token the
 * gateway would refuse is not made.
 */
export async function issueDevelopmentToken(request: TokenRequest): Promise<string> {
  const settings = config();
  const claims: JWTPayload = { [settings.JWT_ROLE_CLAIM]: request.role };
  if (request.organizationId) claims[settings.JWT_ORG_CLAIM] = request.organizationId;
  if (request.country) claims[settings.JWT_COUNTRY_CLAIM] = request.country.toUpperCase();
  if (request.scopes?.length) claims.scope = request.scopes.join(' ');
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject ?? `dev-${request.role.toLowerCase()}`)
    .setIssuer(settings.JWT_ISSUER)
    .setAudience(settings.JWT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(request.expiresIn ?? issuedAt + Math.min(12 * 3600, settings.JWT_MAX_LIFETIME_SECONDS))
    .sign(new TextEncoder().encode(jwtSecret()));
  // jose reads the duration ("2h", "3 days"); the lifetime is checked on what it made of it.
  const lifetime = tokenLifetimeSeconds(decodeJwt(token), issuedAt);
  if (lifetime > settings.JWT_MAX_LIFETIME_SECONDS)
    throw new TokenLifetimeError(
      `a token lives at most ${hours(settings.JWT_MAX_LIFETIME_SECONDS)} (JWT_MAX_LIFETIME_SECONDS); ${request.expiresIn} is ${hours(lifetime)}`,
    );
  return token;
}
