import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
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
 * The caller from the Authorization header. No header is the PUBLIC principal; anything else
 * that is not a valid, current token of ours — wrong signature, `alg: none`, expired, not yet
 * valid, unknown role — is UNAUTHENTICATED.
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
      clockTolerance: 5,
    });
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

/** A development token signed with the local secret (`npm run token`, the demo, tests). */
export async function issueDevelopmentToken(request: TokenRequest): Promise<string> {
  const settings = config();
  const claims: JWTPayload = { [settings.JWT_ROLE_CLAIM]: request.role };
  if (request.organizationId) claims[settings.JWT_ORG_CLAIM] = request.organizationId;
  if (request.country) claims[settings.JWT_COUNTRY_CLAIM] = request.country.toUpperCase();
  if (request.scopes?.length) claims.scope = request.scopes.join(' ');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject ?? `dev-${request.role.toLowerCase()}`)
    .setIssuer(settings.JWT_ISSUER)
    .setAudience(settings.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(jwtSecret()));
}
