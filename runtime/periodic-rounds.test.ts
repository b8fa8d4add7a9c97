import { describe, expect, it } from 'vitest';
import { periodicRounds } from './periodic-rounds';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('periodic rounds', () => {
  it('never run two rounds at once, start once per owner, and stop after the round in progress', async () => {
    const rounds = periodicRounds();
    const owner = {};
    let running = 0;
    let most = 0;
    let finished = 0;
    const round = async () => {
      most = Math.max(most, ++running);
      await sleep(30);
      running--;
      finished++;
    };
    rounds.start(owner, 5, round);
    rounds.start(owner, 5, round);
    await sleep(100);
    await rounds.stop(owner);
    const afterStop = finished;
    expect(most).toBe(1);
    expect(running).toBe(0);
    expect(afterStop).toBeGreaterThan(0);
    await sleep(50);
    expect(finished).toBe(afterStop);
  });

  it('start nothing when the interval is 0', async () => {
    const rounds = periodicRounds();
    let called = false;
    rounds.start({}, 0, async () => void (called = true));
    await sleep(20);
    expect(called).toBe(false);
  });
});
