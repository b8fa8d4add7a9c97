/** A small progress bar for the command line, and the table it ends with. No dependencies. */

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

const number = (value: number) => value.toLocaleString('en-GB');

/**
 * Redraws one line on a terminal; writes a plain line every tenth of the way otherwise (a log
 * file gets no carriage returns).
 */
export function progressBar(output: ProgressOutput, total: number, now: () => number = Date.now, width = 30) {
  const started = now();
  let lastTenth = -1;
  return {
    update(done: number) {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const seconds = Math.max((now() - started) / 1000, 0.001);
      const rate = done / seconds;
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      const filled = Math.round(share * width);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${number(done)}/${number(total)} rows  ${number(Math.round(rate))} rows/s  ETA ${eta}s`;
      if (output.isTTY) {
        output.write(`\r${line}`);
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        output.write(`${line}\n`);
      }
    },
    finish() {
      if (output.isTTY) output.write('\n');
    },
  };
}

/** Rows of label and value, aligned: the labels left, the values right. */
export function table(title: string, rows: [string, string | number][]): string {
  const cells = rows.map(([label, value]) => [label, typeof value === 'number' ? number(value) : value] as const);
  const left = Math.max(...cells.map(([label]) => label.length));
  const right = Math.max(...cells.map(([, value]) => value.length));
  const rule = `${'─'.repeat(left + 2)}┼${'─'.repeat(right + 2)}`;
  return [title, rule, ...cells.map(([label, value]) => ` ${label.padEnd(left)} │ ${value.padStart(right)}`), rule].join('\n');
}
