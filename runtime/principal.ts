/**
 * Who is asking, and the gateway's signature that vouches for it to the subgraphs.
 * Signed by hand (HMAC-SHA256 over canonical fields, node:crypto): a JWT library adds nothing the binding needs.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { grievanceRulesSchema } from '../vocabulary/grievance-rules';

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
/** An enum value of another subgraph's schema (an agreement's status, an organisation's kind). */
const enumValue = z.string().regex(/^[A-Z_]{1,40}$/);

/** What `principal.references` carries: see `gateway/src/cooperation-references.ts`. */
export const cooperationFactsSchema = z.object({
  agreements: z.record(
    z.string(),
    z.object({ status: enumValue, boundCountries: z.array(countryCode), jointInspection: z.boolean() }),
  ),
  organizations: z.record(z.string(), z.object({ kind: enumValue.nullable(), country: countryCode.nullable() })),
});
export type CooperationFacts = z.infer<typeof cooperationFactsSchema>;

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
   * For a regulator: per data category and sending country of `sharedWith`, the IN_FORCE agreements
   * whose sharing clause lets that data flow, so that an audited cross-border read names them.
   */
  sharingAgreements: z.record(z.enum(DATA_CATEGORIES), z.record(countryCode, z.array(z.string()))).optional(),
  /**
   * An opaque, keyed hash of the caller's network address: lets a subgraph rate-limit callers
   * without an account (a worker checking a tracking code) without ever seeing the address.
   */
  client: z.string().max(64).optional(),
  /**
   * Registry facts the gateway looked up for the facilities a mutation names (by the id as named,
   * upper-cased): the registry's id (a merged facility's survivor), its country and its owner. A
   * subgraph that needs them takes them from here, never from an argument.
   */
  registry: z
    .record(z.string(), z.object({ id: z.string(), country: countryCode, ownerId: z.string().nullable() }))
    .optional(),
  /**
   * The grievance mechanisms the gateway looked up for the agreements a mutation names (by
   * agreement id): the rules a case filed under the agreement runs on, or, when they do not apply
   * (an agreement not in force, or without a mechanism), why not. An id absent from the record was
   * not looked up (the agreements subgraph did not answer).
   */
  mechanisms: z
    .record(
      z.string(),
      z.object({
        applies: z.boolean(),
        reason: z.string().max(300).nullable(),
        rules: grievanceRulesSchema.nullable(),
      }),
    )
    .optional(),
  /**
   * Facts the gateway looked up about the cooperation a mutation names (a joint inspection's
   * agreement and partner organisations), by id as named: an agreement's status, the countries it
   * binds (its SIGNATORY country parties) and whether it provides for joint inspections; an
   * organisation's kind and country in the registry. An id absent from a record was not looked up.
   */
  references: cooperationFactsSchema.optional(),
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
/** When the gateway stops waiting for the answer (epoch milliseconds); signed with the principal. */
export const DEADLINE_HEADER = 'x-lcg-deadline';

/**
 * What a signature is made out to: one subgraph, one request body. A subgraph refuses a signature
 * made out to another subgraph or over other bytes, so captured headers cannot carry another query
 * — nor other `_entities` representations, whose facts (a facility's owner) decide access.
 */
export interface SignedRequest {
  /** The subgraph the request goes to, as named in the subgraph list. */
  subgraph: string;
  /** The exact bytes of the request body (a string counts as its UTF-8 bytes). */
  body: string | Uint8Array;
}

/** When a signature is made (epoch ms) and, optionally, the deadline of the request it goes with. */
export interface SigningTime {
  now?: number;
  deadline?: number;
}

/** The principal as its header carries it: base64url JSON. */
export const encodePrincipal = (principal: Principal): string =>
  Buffer.from(JSON.stringify(principal)).toString('base64url');

const bodyDigest = (body: string | Uint8Array) => createHash('sha256').update(body).digest('base64url');

/**
 * HMAC-SHA256 over the canonical fields, one a line. No field can hold a line break (a header
 * value, a subgraph name, base64url, digits), so no two requests share a signed text. The deadline
 * is signed too: a captured request cannot be given a longer life.
 */
function sign(
  secret: string,
  timestamp: string,
  deadline: string,
  encodedPrincipal: string,
  request: SignedRequest,
): string {
  return createHmac('sha256', secret)
    .update(
      ['lcg-principal-v3', timestamp, deadline, request.subgraph, bodyDigest(request.body), encodedPrincipal].join(
        '\n',
      ),
    )
    .digest('base64url');
}

/** Signs an already encoded principal for one request (the gateway signs the bytes it sends). */
export function signEncodedPrincipal(
  encodedPrincipal: string,
  secret: string,
  request: SignedRequest,
  time: SigningTime = {},
): Record<string, string> {
  const timestamp = String(time.now ?? Date.now());
  const deadline = time.deadline === undefined ? '' : String(Math.floor(time.deadline));
  return {
    [PRINCIPAL_HEADER]: encodedPrincipal,
    [TIMESTAMP_HEADER]: timestamp,
    ...(deadline ? { [DEADLINE_HEADER]: deadline } : {}),
    [SIGNATURE_HEADER]: sign(secret, timestamp, deadline, encodedPrincipal, request),
  };
}

/** Headers that carry `principal` to one subgraph with one request body. */
export function signPrincipal(
  principal: Principal,
  secret: string,
  request: SignedRequest,
  time: number | SigningTime = {},
): Record<string, string> {
  return signEncodedPrincipal(
    encodePrincipal(principal),
    secret,
    request,
    typeof time === 'number' ? { now: time } : time,
  );
}

/**
 * A GraphQL POST to a subgraph, signed over the exact body it sends: for the gateway's own calls
 * (the facility check, the sharing lookup) and for tests that speak to a subgraph directly.
 */
export function signedGraphQLRequest(
  principal: Principal,
  secret: string,
  subgraph: string,
  operation: { query: string; variables?: Record<string, unknown> },
  time: SigningTime = {},
): { method: 'POST'; headers: Record<string, string>; body: string } {
  const body = JSON.stringify(operation);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signPrincipal(principal, secret, { subgraph, body }, time) },
    body,
  };
}

export type VerifiedPrincipal =
  | {
      ok: true;
      principal: Principal;
      /** Until when the request may be worked on (epoch ms): its signed deadline, or the signature's lifetime. */
      deadline: number;
    }
  | {
      ok: false;
      /** UNAUTHENTICATED: not the gateway's request. DEADLINE_EXCEEDED: the gateway's, but too late. */
      code: 'UNAUTHENTICATED' | 'DEADLINE_EXCEEDED';
      reason: string;
    };

type HeaderBag = Record<string, string | string[] | undefined>;
const header = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const refused = (reason: string): VerifiedPrincipal => ({ ok: false, code: 'UNAUTHENTICATED', reason });

/**
 * A subgraph's check of the gateway's signature, against its own name and the body it received.
 * A request is good until its signed deadline, and never longer than `ttlSeconds` after signing
 * (the longest a request may live, which bounds the replay of a captured request, unchanged). A
 * genuine request that arrives too late — it queued behind a stalled process, say — is refused as
 * late (DEADLINE_EXCEEDED), not as unauthenticated: its signature is the gateway's.
 */
export function verifyPrincipal(
  headers: HeaderBag,
  secret: string,
  ttlSeconds: number,
  request: SignedRequest,
  now = Date.now(),
): VerifiedPrincipal {
  const encoded = header(headers, PRINCIPAL_HEADER);
  const timestamp = header(headers, TIMESTAMP_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  const signedDeadline = header(headers, DEADLINE_HEADER) ?? '';
  if (!encoded || !timestamp || !signature)
    return refused('Requests must come through the gateway (no signed principal)');
  const expected = Buffer.from(sign(secret, timestamp, signedDeadline, encoded, request));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return refused(`Principal signature is not valid for this request to ${request.subgraph}`);
  if (!/^\d{1,16}$/.test(timestamp) || (signedDeadline && !/^\d{1,16}$/.test(signedDeadline)))
    return refused('Principal signature is malformed');
  // A little clock skew between the gateway's host and this one is tolerated.
  if (Number(timestamp) - now > 5_000) return refused('Principal signature is not valid yet');
  const lifetimeEnd = Number(timestamp) + ttlSeconds * 1000;
  const deadline = signedDeadline ? Math.min(Number(signedDeadline), lifetimeEnd) : lifetimeEnd;
  if (now > deadline)
    return {
      ok: false,
      code: 'DEADLINE_EXCEEDED',
      reason: `The request's deadline passed before the ${request.subgraph} service could take it up`,
    };
  try {
    const parsed = PrincipalSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    return parsed.success ? { ok: true, principal: parsed.data, deadline } : refused('Principal is malformed');
  } catch {
    return refused('Principal is malformed');
  }
}
