import { vi, type MockInstance } from 'vitest';
import { HashWorkers } from '../../subgraphs/grievances/src/domain/hash-workers';
import { sealedCases } from '../../subgraphs/grievances/src/queries/sealed-secrets';
import { graphql } from '../__generated__';
import type { RequestOptions, TestStack } from '../support/stack';

/**
 * Shared by the tracking-code suites: the worker's lookups and withdrawal, a burst of guesses in
 * one request, callers at addresses of their own, and a record of the scrypt work spent.
 *
 * Each caller without an account is known to the grievances subgraph only by the gateway's keyed
 * fingerprint of its address; the gateway trusts `X-Forwarded-For` from the loopback proxy, so a
 * test speaks from as many addresses as it likes.
 */
export const from = (address: string, token?: string): RequestOptions => ({
  headers: { 'x-forwarded-for': address },
  token,
});

export const TRACKING_STATUS = graphql(`
  query TrackingStatus($code: String!, $secret: String!) {
    grievanceStatus(trackingCode: $code, secret: $secret) {
      trackingCode
      status
    }
  }
`);

export const TRACKING_WITHDRAW = graphql(`
  mutation TrackingWithdraw($code: String!, $secret: String!) {
    withdrawGrievance(trackingCode: $code, secret: $secret, reason: "I settled with my employer") {
      tracking {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Ten guesses in one request: GraphQL runs a query's root fields side by side. */
export const TRACKING_TEN_GUESSES = graphql(`
  query TrackingTenGuesses(
    $c0: String!
    $c1: String!
    $c2: String!
    $c3: String!
    $c4: String!
    $c5: String!
    $c6: String!
    $c7: String!
    $c8: String!
    $c9: String!
    $secret: String!
  ) {
    g0: grievanceStatus(trackingCode: $c0, secret: $secret) {
      status
    }
    g1: grievanceStatus(trackingCode: $c1, secret: $secret) {
      status
    }
    g2: grievanceStatus(trackingCode: $c2, secret: $secret) {
      status
    }
    g3: grievanceStatus(trackingCode: $c3, secret: $secret) {
      status
    }
    g4: grievanceStatus(trackingCode: $c4, secret: $secret) {
      status
    }
    g5: grievanceStatus(trackingCode: $c5, secret: $secret) {
      status
    }
    g6: grievanceStatus(trackingCode: $c6, secret: $secret) {
      status
    }
    g7: grievanceStatus(trackingCode: $c7, secret: $secret) {
      status
    }
    g8: grievanceStatus(trackingCode: $c8, secret: $secret) {
      status
    }
    g9: grievanceStatus(trackingCode: $c9, secret: $secret) {
      status
    }
  }
`);

/** A well-formed code no case has: `series` and `n` keep every guess of a suite distinct. */
export const unknownCode = (series: number, n: number) =>
  `GRV-${String(series).padStart(4, '0')}-${String(n).padStart(4, '0')}`;

/**
 * Sends ten wrong guesses in one request (codes `first`…`first + 9` of `series`) and returns the
 * error code each got: `NOT_FOUND` when its secret was checked, `RATE_LIMITED` when it was not.
 */
export async function tenGuesses(stack: TestStack, series: number, first: number, options: RequestOptions) {
  const codes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c${i}`, unknownCode(series, first + i)]));
  const response = await stack.query(
    TRACKING_TEN_GUESSES,
    {
      ...(codes as Record<`c${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, string>),
      secret: 'guessed-secret-guessed-secret',
    },
    options,
  );
  if (Object.values(response.data ?? {}).some((answer) => answer !== null)) throw new Error('a guess opened a case');
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

let hashes: MockInstance<HashWorkers['scrypt']> | undefined;

/**
 * The scrypt work handed to the grievances subgraph's hashing threads since the last `reset`, as
 * the work each was asked to do. Every hash the subgraph makes (filings, checks, rehashes) runs
 * there; the spy keeps the real implementation.
 */
export const scryptWork = {
  reset: () => {
    hashes ??= vi.spyOn(HashWorkers.prototype, 'scrypt');
    hashes.mockClear();
  },
  calls: () =>
    (hashes?.mock.calls ?? []).map(([, salt, keyLength, { N, r, p }]) => ({
      saltLength: salt.byteLength,
      keyLength,
      N,
      r,
      p,
    })),
};

/**
 * Waits until the stack's background job has replaced every sealed secret by its hash, so that a
 * test counting scrypt work counts only its own.
 */
export async function secretsHashed(stack: TestStack): Promise<void> {
  for (let tries = 0; (await sealedCases(stack.em('grievances'))) > 0; tries++) {
    if (tries >= 600) throw new Error('The sealed tracking secrets were not hashed within half a minute');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
