import { afterEach, describe, expect, it, vi } from 'vitest';
import type WebSocket from 'ws';
import { authorizationOf, closeAtExpiry, closeReason, CLOSE } from './live-connection';

describe('a live connection', () => {
  afterEach(() => void vi.useRealTimers());

  it('reads the token from its connection parameters, whatever the case of `authorization`', () => {
    expect(authorizationOf({ authorization: 'Bearer a' })).toBe('Bearer a');
    expect(authorizationOf({ Authorization: 'Bearer b' })).toBe('Bearer b');
    expect(authorizationOf({ authorization: '' })).toBeUndefined();
    expect(authorizationOf({ authorization: 42 })).toBeUndefined();
    expect(authorizationOf(undefined)).toBeUndefined();
  });

  it('is closed with a reason a WebSocket can carry (at most 123 bytes)', () => {
    expect(closeReason('Token has expired')).toBe('Token has expired');
    const long = closeReason(`Token names no known role (got "${'é'.repeat(200)}")`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(123);
    expect(long.endsWith('…')).toBe(true);
  });

  it('is closed when its token expires, and not before', () => {
    vi.useFakeTimers();
    const closed: [number, string][] = [];
    const socket = { close: (code: number, reason: string) => closed.push([code, reason]) } as unknown as WebSocket;
    const expiresAt = Date.now() + 60_000;

    closeAtExpiry(socket, expiresAt);
    vi.advanceTimersByTime(59_999);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual([[CLOSE.UNAUTHORIZED, 'Token has expired']]);
  });

  it('waits out a token longer than one timer can, in steps', () => {
    vi.useFakeTimers();
    const closed: number[] = [];
    const socket = { close: (code: number) => closed.push(code) } as unknown as WebSocket;
    const thirtyDays = 30 * 86_400_000;

    closeAtExpiry(socket, Date.now() + thirtyDays);
    vi.advanceTimersByTime(thirtyDays - 1);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual([CLOSE.UNAUTHORIZED]);
  });

  it('is left alone once the connection closed before its token expired', () => {
    vi.useFakeTimers();
    const closed: number[] = [];
    const socket = { close: (code: number) => closed.push(code) } as unknown as WebSocket;

    const cancel = closeAtExpiry(socket, Date.now() + 1_000);
    cancel();
    vi.advanceTimersByTime(2_000);
    expect(closed).toEqual([]);
  });
});
