import { describe, expect, it } from 'vitest';
import { FilingTurns, type FilingPace } from './filing-turns';

const turns = () => new FilingTurns({ waitSeconds: 5, graceMs: 30_000 });
/** Fifty hashes ahead at a tenth of a second each: five seconds, as long as a filing may wait. */
const BUSY: FilingPace = { ahead: 50, secondsPerHash: 0.1, threads: 2 };
const LONGER: FilingPace = { ...BUSY, ahead: 51 };

describe('turns for filings', () => {
  it('let a filing in while the hashes ahead take no longer than a client waits', () => {
    const line = turns();
    expect(line.admit(0, 'a', BUSY)).toBeNull();
    expect(line.admit(0, 'b', { ahead: 0, secondsPerHash: 0.1, threads: 2 })).toBeNull();
    expect(line.waitingOutside).toBe(0);
  });

  it('let only a few per thread in before the first hash has shown the pace, and place nobody in line yet', () => {
    const line = turns();
    expect(line.admit(0, 'a', { ahead: 7, secondsPerHash: null, threads: 2 })).toBeNull();
    expect(line.admit(0, 'b', { ahead: 8, secondsPerHash: null, threads: 2 })).toBe(1);
    expect(line.waitingOutside).toBe(0);
  });

  it('spread a crowd turned away over the time the pool needs to serve it', () => {
    const line = turns();
    const told = Array.from({ length: 100 }, (_, n) => line.admit(0, `crowd-${n}`, LONGER));
    // Behind the 51 queued (5.1 s) and those turned away before it, told well early: the first
    // comes back after 2 s (of 5.2), the hundredth after 7 s (of 15.1).
    expect(told[0]).toBe(2);
    expect(told[99]).toBe(7);
    expect(told).toEqual([...told].sort((a, b) => a! - b!));
    expect(line.waitingOutside).toBe(100);
  });

  it('tell one who comes back early to a long queue how much longer, keeping its place, and let it in when due', () => {
    const line = turns();
    const LONG: FilingPace = { ...BUSY, ahead: 100 };
    expect(line.admit(0, 'early', LONG)).toBe(5);
    expect(line.admit(2_000, 'early', LONG)).toBe(3);
    expect(line.admit(2_000, 'next', LONG)).toBe(5); // the line moved on by twenty hashes meanwhile
    // Back early, but the queue has room again: in it goes.
    expect(line.admit(2_500, 'next', BUSY)).toBeNull();
    // When due it is let in though the queue is longer than a client waits — so is its retry racing it.
    expect(line.admit(6_000, 'early', { ...BUSY, ahead: 140 })).toBeNull();
    expect(line.admit(6_100, 'early', { ...BUSY, ahead: 140 })).toBeNull();
    // Not into a queue three times too long: it is told when that will have drained enough.
    expect(line.admit(6_200, 'early', { ...BUSY, ahead: 200 })).toBe(15);
  });

  it('forget a turn not taken within the grace period', () => {
    const line = turns();
    line.admit(0, 'gone', LONGER);
    expect(line.admit(40_000, 'other', LONGER)).toBe(2);
    expect(line.waitingOutside).toBe(1);
    expect(line.admit(40_000, 'gone', LONGER)).toBe(2);
  });

  it('queue no filing for longer than its caller will wait, even one back when due', () => {
    const line = turns();
    // Three seconds of hashes ahead: short enough for the lane, too long for a caller with two left.
    const hurried: FilingPace = { ahead: 30, secondsPerHash: 0.1, threads: 2, secondsLeft: 2 };
    expect(line.admit(0, 'hurried', hurried)).toBeGreaterThan(0);
    expect(line.admit(0, 'patient', { ...hurried, secondsLeft: 10 })).toBeNull();
    // Due back with eight seconds of hashes ahead: let in by a patient caller, told to wait by a hurried one.
    const due: FilingPace = { ...LONGER, ahead: 80 };
    expect(line.admit(0, 'due', due)).toBeGreaterThan(0);
    const back = 20_000; // after both are due, within the grace
    expect(line.admit(back, 'due', { ...due, secondsLeft: 9 })).toBeNull();
    expect(line.admit(0, 'due-hurried', due)).toBeGreaterThan(0);
    expect(line.admit(back, 'due-hurried', { ...due, secondsLeft: 4 })).toBe(4);
  });
});
