import { describe, expect, it } from 'vitest';
import { HashQueue, hashQueueSizes, QueueFull, type HashLane } from './hash-queue';

/** A check that finishes when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    open,
    check: async () => {
      log.push(name);
      await opened;
      return name;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const roomy = (concurrency: number) =>
  new HashQueue({ concurrency, waiting: { proven: 9, unknown: 9, sealed: 9, suspect: 9 } });

describe('the secret-check queue', () => {
  it('runs at most its concurrency at once, and starts a waiting check when one finishes', async () => {
    const queue = roomy(2);
    const log: string[] = [];
    const gates = ['a', 'b', 'c'].map((name) => gate(log, name));
    const results = gates.map((each) => queue.run('proven', each.check));
    await settle();
    expect(log).toEqual(['a', 'b']);
    gates[0].open();
    await settle();
    expect(log).toEqual(['a', 'b', 'c']);
    gates.slice(1).forEach((each) => each.open());
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(queue.load).toEqual({
      running: { proven: 0, unknown: 0, sealed: 0, suspect: 0 },
      waiting: { proven: 0, unknown: 0, sealed: 0, suspect: 0 },
    });
  });

  it('leaves slots to earlier lanes: unknown callers and suspects never take the last one, suspects not the last two', async () => {
    const queue = roomy(3);
    const log: string[] = [];
    const started = (lane: HashLane, name: string) => {
      const each = gate(log, name);
      return { done: queue.run(lane, each.check), open: each.open };
    };
    const checks = [
      started('suspect', 's1'),
      started('suspect', 's2'),
      started('unknown', 'u1'),
      started('unknown', 'u2'),
      started('proven', 'p1'),
    ];
    await settle();
    // Suspects hold one slot of three, unknown callers one more; the third is a proven caller's.
    expect(log).toEqual(['s1', 'u1', 'p1']);
    expect(queue.load.waiting).toEqual({ proven: 0, unknown: 1, sealed: 0, suspect: 1 });
    checks.forEach((check) => check.open());
    await Promise.all(checks.map((check) => check.done));
    expect(log).toEqual(['s1', 'u1', 'p1', 'u2', 's2']);
  });

  it('starts waiting checks lane by lane: proven, then unknown, then sealed secrets, then suspect', async () => {
    const queue = roomy(1);
    const log: string[] = [];
    const first = gate(log, 'first');
    const order: [HashLane, string][] = [
      ['suspect', 's1'],
      ['unknown', 'u1'],
      ['sealed', 'f1'],
      ['suspect', 's2'],
      ['proven', 'p1'],
      ['unknown', 'u2'],
      ['proven', 'p2'],
    ];
    const done = [queue.run('suspect', first.check)];
    const rest = order.map(([lane, name]) => {
      const each = gate(log, name);
      each.open();
      return queue.run(lane, each.check);
    });
    first.open();
    await Promise.all([...done, ...rest]);
    expect(log).toEqual(['first', 'p1', 'p2', 'u1', 'u2', 'f1', 's1', 's2']);
  });

  it('leaves a slot free of background hashing, and hands a guesser’s slot to a waiting sealed secret first', async () => {
    const queue = roomy(2);
    const log: string[] = [];
    const started = (lane: HashLane, name: string) => {
      const each = gate(log, name);
      return { done: queue.run(lane, each.check), open: each.open };
    };
    // Sealed secrets of new filings hold one slot of two: the other stays for the requests.
    const sealed = [started('sealed', 'f1'), started('sealed', 'f2')];
    await settle();
    expect(log).toEqual(['f1']);
    const worker = started('proven', 'p1');
    await settle();
    expect(log).toEqual(['f1', 'p1']);
    [...sealed, worker].forEach((check) => check.open());
    await Promise.all([...sealed, worker].map((check) => check.done));
    expect(log).toEqual(['f1', 'p1', 'f2']);

    // A guess holding the shared slot hands it to a waiting sealed secret before another guess.
    const guesses = [started('suspect', 's1'), started('suspect', 's2')];
    const later = started('sealed', 'f3');
    await settle();
    expect(log.slice(3)).toEqual(['s1']);
    guesses[0].open();
    await settle();
    expect(log.slice(3)).toEqual(['s1', 'f3']);
    [...guesses, later].forEach((check) => check.open());
    await Promise.all([...guesses, later].map((check) => check.done));
    expect(log.slice(3)).toEqual(['s1', 'f3', 's2']);
    expect(queue.ahead('sealed')).toBe(0);
  });

  it('refuses a check at once, without running it, when its lane is full', async () => {
    const queue = new HashQueue({ concurrency: 1, waiting: { proven: 1, unknown: 1, sealed: 1, suspect: 1 } });
    const log: string[] = [];
    const busy = gate(log, 'busy');
    const running = queue.run('unknown', busy.check);
    const waitingSuspect = queue.run('suspect', async () => 'waited');
    let ran = false;
    await expect(queue.run('suspect', async () => (ran = true))).rejects.toEqual(new QueueFull('suspect'));
    expect(ran).toBe(false);
    // Each lane has its own room.
    const waitingProven = queue.run('proven', async () => 'proven waited');
    await expect(queue.run('proven', async () => 'never')).rejects.toBeInstanceOf(QueueFull);
    busy.open();
    expect(await Promise.all([running, waitingProven, waitingSuspect])).toEqual(['busy', 'proven waited', 'waited']);
  });

  it('frees the slot of a check that fails', async () => {
    const queue = roomy(1);
    await expect(queue.run('proven', async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await queue.run('suspect', async () => 'next')).toBe('next');
  });

  it('is sized from the slots: eight waiting per slot for callers without wrong secrets, two for suspects, a batch of sealed secrets', () => {
    expect(hashQueueSizes(2)).toEqual({
      concurrency: 2,
      waiting: { proven: 16, unknown: 16, sealed: 64, suspect: 4 },
    });
    expect(() => roomy(0)).toThrow(RangeError);
  });
});
