/**
 * Anonymous follow-up: a worker without an account gets a tracking code and a secret once, at
 * submission, and reads the status with both.
 *
 * The code only names the case — it is read out over the phone, written on paper, typed on a
 * feature phone — so it is short and forgiving: "GRV-" and 8 Crockford base-32 characters, 40
 * random bits (~1.1 × 10^12 codes). It is not a secret and collisions are possible (about 0.5%
 * chance of any collision among 100,000 cases), so storage needs a unique index and a retry.
 * The secret is what protects the case: ≥128 random bits, stored only as a slow scrypt hash.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Crockford's base 32: digits and letters without I, L, O (confusable) and U. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_PREFIX = 'GRV';
const CODE_LENGTH = 8; // 8 × 5 bits = 40 bits = 5 random bytes

export type RandomBytes = (size: number) => Uint8Array;

const defaultRandom: RandomBytes = (size) => randomBytes(size);

/** A new code such as "GRV-7K4Q-2M9X". `random` is injectable for deterministic tests. */
export function newTrackingCode(random: RandomBytes = defaultRandom): string {
  const bytes = random(5);
  if (bytes.length < 5) throw new RangeError('newTrackingCode: the random source returned too few bytes');
  let bits = 0n;
  for (const byte of bytes.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let body = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i--) body += CROCKFORD_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return formatCode(body);
}

function formatCode(body: string): string {
  return `${TRACKING_CODE_PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}

const CONFUSABLES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The canonical form of what a worker typed, or null if it cannot be a tracking code. Accepts
 * lower case, missing or odd separators (spaces, dashes, dots), full-width characters from
 * phone keyboards, the prefix left out, and O/I/L typed for 0/1/1.
 */
export function normaliseTrackingCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  let compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\p{Pd}._]/gu, '');
  if (compact.length === TRACKING_CODE_PREFIX.length + CODE_LENGTH && compact.startsWith(TRACKING_CODE_PREFIX)) {
    compact = compact.slice(TRACKING_CODE_PREFIX.length);
  }
  if (compact.length !== CODE_LENGTH) return null;
  const body = [...compact].map((char) => CONFUSABLES[char] ?? char).join('');
  return [...body].every((char) => CROCKFORD_ALPHABET.includes(char)) ? formatCode(body) : null;
}

/** 144 random bits as 24 base64url characters, shown to the worker once and never stored. */
export function newSecret(random: RandomBytes = defaultRandom): string {
  const bytes = random(18);
  if (bytes.length < 18) throw new RangeError('newSecret: the random source returned too few bytes');
  return Buffer.from(bytes.subarray(0, 18)).toString('base64url');
}

export type ScryptParameters = { N: number; r: number; p: number };

/**
 * The scrypt parameters of a cost, given as log2 of N; r = 8, p = 1. At cost 15 a hash takes
 * about 60–160 ms on one core and 32 MiB of memory: slow enough to make guessing a stolen hash
 * costly, fast enough for a status lookup. The deployment chooses the cost; every hash it makes
 * (and the stand-in hash for unknown codes) uses that one cost.
 */
export function scryptParameters(cost: number): ScryptParameters {
  return { N: 2 ** cost, r: 8, p: 1 };
}

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Bounds for parameters read back from storage, so a corrupted row cannot exhaust memory.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/**
 * One scrypt computation: the key of `secret` (already NFC-normalised) with `salt`. The subgraph
 * passes its worker pool's (`queries/secret-hashing.ts`), which runs off the main thread and off
 * libuv's shared pool; `scryptHere` runs on libuv's pool, for tests and one-off hashes.
 */
export type Scrypt = (secret: string, salt: Uint8Array, keyLength: number, params: ScryptParameters) => Promise<Buffer>;

/** The memory scrypt needs (128·N·r bytes) with room to spare: Node's default cap (32 MiB) is exactly what cost 15 needs. */
export const scryptMaxmem = ({ N, r }: ScryptParameters) => 256 * N * r + 1024 * 1024;

export const scryptHere: Scrypt = (secret, salt, keyLength, params) => {
  const options: ScryptOptions = { ...params, maxmem: scryptMaxmem(params) };
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
};

function validParameters({ N, r, p }: ScryptParameters): boolean {
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    N <= MAX_N &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= MAX_R &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= MAX_P
  );
}

/**
 * `scrypt$N$r$p$salt$hash`, salt and hash in base64url; a fresh random salt each time. The
 * parameters travel with the hash, so a hash made at an earlier cost still verifies.
 */
export async function hashSecret(
  secret: string,
  params: ScryptParameters,
  derive: Scrypt = scryptHere,
): Promise<string> {
  if (!validParameters(params))
    throw new RangeError('hashSecret: N must be a power of two ≤ 2^20; r, p small positive integers');
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(secret.normalize('NFC'), salt, KEY_LENGTH, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

type ParsedHash = ScryptParameters & { salt: Buffer; hash: Buffer };

function parseStoredHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN));
  const salt = Buffer.from(parts[4], 'base64url');
  const hash = Buffer.from(parts[5], 'base64url');
  if (!validParameters({ N, r, p }) || salt.length < 8 || hash.length < 16 || hash.length > 64) return null;
  return { N, r, p, salt, hash };
}

/**
 * Whether a stored hash was made at `params`. A hash made at another cost (before the deployment
 * changed it) still verifies; once its secret is proven right it is made again at the current
 * cost, so every stored secret converges on the one cost.
 */
export function isHashedAt(stored: string | null | undefined, params: ScryptParameters): boolean {
  const parsed = typeof stored === 'string' ? parseStoredHash(stored) : null;
  return !!parsed && parsed.N === params.N && parsed.r === params.r && parsed.p === params.p;
}

/**
 * Whether `secret` matches a hash made by `hashSecret`. Never throws for a wrong or malformed
 * input: it answers false. With no stored hash (unknown tracking code) it still spends one hash
 * at `standIn`, the cost new secrets are hashed at, so response time does not reveal which
 * tracking codes exist.
 */
export async function verifySecret(
  secret: string,
  stored: string | null | undefined,
  standIn: ScryptParameters,
  derive: Scrypt = scryptHere,
): Promise<boolean> {
  const parsed = typeof stored === 'string' ? parseStoredHash(stored) : null;
  const given = typeof secret === 'string' ? secret.normalize('NFC') : '';
  if (typeof secret !== 'string' || !parsed) {
    await derive(given, randomBytes(SALT_LENGTH), KEY_LENGTH, standIn);
    return false;
  }
  const { N, r, p } = parsed;
  const candidate = await derive(given, parsed.salt, parsed.hash.length, { N, r, p });
  if (candidate.length !== parsed.hash.length) return false;
  return timingSafeEqual(candidate, parsed.hash);
}
