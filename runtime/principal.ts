import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const ROLES = [
  'PUBLIC',
  'BRAND',
  'SUPPLIER',
  'UNION',
  'REGULATOR',
  'AUDITOR',
  'CIVIL_SOCIETY',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/** Data that cooperation agreements' sharing clauses let flow between countries. */
export const DATA_CATEGORIES = [
  'INSPECTION_FINDINGS',
  'GRIEVANCE_CASES',
  'SUPPLIER_REGISTRY',
  'ENFORCEMENT_ACTIONS',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

const countryCode = z.string().regex(/^[A-Z]{2}$/);

/** Who is asking: built by the gateway from a verified token, trusted by subgraphs only when signed. */
export const PrincipalSchema = z.object({
  subject: z.string().nullable(),
  role: z.enum(ROLES),
  organizationId: z.string().nullable(),
  /** Jurisdiction of a regulator (ISO 3166-1 alpha-2). */
  country: countryCode.nullable(),
  scopes: z.array(z.string()),
  /**
   * For a regulator: per data category, the foreign countries whose data an IN_FORCE agreement
   * shares with the regulator's country. The gateway looks this up (cached briefly, invalidated
   * when an agreement changes) so that subgraphs need not ask the agreements subgraph.
   */
  sharedWith: z.record(z.enum(DATA_CATEGORIES), z.array(countryCode)).optional(),
  /**
   * An opaque, keyed hash of the caller's network address: lets a subgraph rate-limit callers
   * without an account (a worker checking a tracking code) without ever seeing the address.
   */
  client: z.string().max(64).optional(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/**
 * The countries whose data of `category` a principal may see as a regulator: its own
 * jurisdiction plus those that share that category with it. Empty for everyone else.
 */
export function regulatorCountries(principal: Principal, category: DataCategory): string[] {
  if (principal.role !== 'REGULATOR' || !principal.country) return [];
  return [
    principal.country,
    ...(principal.sharedWith?.[category] ?? []).filter((country) => country !== principal.country),
  ];
}

export const PUBLIC_PRINCIPAL: Principal = Object.freeze({
  subject: null,
  role: 'PUBLIC',
  organizationId: null,
  country: null,
  scopes: [],
}) as Principal;

export const PRINCIPAL_HEADER = 'x-lcg-principal';
export const TIMESTAMP_HEADER = 'x-lcg-principal-timestamp';
export const SIGNATURE_HEADER = 'x-lcg-principal-signature';

function sign(secret: string, timestamp: string, encodedPrincipal: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${encodedPrincipal}`).digest('base64url');
}

/** Headers the gateway attaches to every subgraph request. */
export function signPrincipal(principal: Principal, secret: string, now = Date.now()): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(principal)).toString('base64url');
  const timestamp = String(now);
  return {
    [PRINCIPAL_HEADER]: encoded,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: sign(secret, timestamp, encoded),
  };
}

export type VerifiedPrincipal = { ok: true; principal: Principal } | { ok: false; reason: string };

type HeaderBag = Record<string, string | string[] | undefined>;
const header = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * A subgraph's check of the gateway's signature. The timestamp bounds replay of captured headers
 * to `ttlSeconds` (and a little clock skew the other way).
 */
export function verifyPrincipal(
  headers: HeaderBag,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): VerifiedPrincipal {
  const encoded = header(headers, PRINCIPAL_HEADER);
  const timestamp = header(headers, TIMESTAMP_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  if (!encoded || !timestamp || !signature)
    return { ok: false, reason: 'Requests must come through the gateway (no signed principal)' };
  const expected = Buffer.from(sign(secret, timestamp, encoded));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'Principal signature is not valid' };
  const age = now - Number(timestamp);
  if (!Number.isFinite(age) || age > ttlSeconds * 1000 || age < -5_000)
    return { ok: false, reason: 'Principal signature has expired' };
  try {
    const parsed = PrincipalSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    return parsed.success ? { ok: true, principal: parsed.data } : { ok: false, reason: 'Principal is malformed' };
  } catch {
    return { ok: false, reason: 'Principal is malformed' };
  }
}
