import { SingleBar } from 'cli-progress';

/**
 * What the command line shows while a list imports (a cli-progress bar), and the table it ends
 * with: a few lines of our own, since console.table would add an index column and quote strings.
 */

const number = (value: number | string) => (typeof value === 'number' ? value.toLocaleString('en-GB') : value);

/**
 * A progress bar on `stream` (stderr): redrawn in place on a terminal, a plain line every few
 * seconds and at the end otherwise, so that a log file gets no carriage returns.
 */
export function progressBar(total: number, stream: NodeJS.WritableStream = process.stderr) {
  const bar = new SingleBar({
    stream,
    format: '[{bar}] {percentage}%  {value}/{total} rows  {rate} rows/s  ETA {eta}s',
    barsize: 30,
    barCompleteChar: '#',
    barIncompleteChar: '-',
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    // Thousands separated, the percentage right-aligned: "[###---]  42%  8,400/20,000 rows".
    formatValue: (value, _options, type) => (type === 'percentage' ? String(value).padStart(3) : number(value)),
  });
  const started = Date.now();
  bar.start(total, 0, { rate: 0 });
  return {
    update(done: number) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: Math.round(done / seconds).toLocaleString('en-GB') });
    },
    stop: () => bar.stop(),
  };
}

/** Rows of label and value, aligned: the labels left, the values right. */
export function table(title: string, rows: [string, string | number][]): string {
  const cells = rows.map(([label, value]) => [label, number(value)] as const);
  const left = Math.max(...cells.map(([label]) => label.length));
  const right = Math.max(...cells.map(([, value]) => value.length));
  const rule = `${'─'.repeat(left + 2)}┼${'─'.repeat(right + 2)}`;
  return [
    title,
    rule,
    ...cells.map(([label, value]) => ` ${label.padEnd(left)} │ ${value.padStart(right)}`),
    rule,
  ].join('\n');
}
