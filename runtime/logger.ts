import { pino, type Logger } from 'pino';
import { config, type Config } from './config';

let root: Logger | undefined;

/** LOG_LEVEL, or by default quiet tests and informative services. */
export const logLevel = (settings: Config) => settings.LOG_LEVEL ?? (settings.NODE_ENV === 'test' ? 'silent' : 'info');

/** One JSON log line as written: pino's fields (`level`, `time`, `msg`, …) and the line's own. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** Where lines go: stdout, or a test's capture (see `captureLogs`). */
let capture: LogLine[] | undefined;
const destination = {
  write(line: string) {
    if (capture) capture.push(JSON.parse(line) as LogLine);
    else process.stdout.write(line);
  },
};

/**
 * Structured JSON logs on stdout, one line per event; one child logger per service. Errors go
 * under `err` (pino's serializer keeps the type, message and stack: the log has the details a
 * client never sees).
 */
export function logger(service?: string): Logger {
  if (!root) {
    // A log reader that went away (a closed pipe) must not take the service down with it.
    process.stdout.on('error', () => undefined);
  }
  root ??= pino(
    {
      level: capture ? 'info' : logLevel(config()),
      redact: ['req.headers.authorization', 'principalHeader', 'secret', 'complainantIdentity'],
    },
    destination,
  );
  return service ? root.child({ service }) : root;
}

/**
 * For tests: every line logged from now on (at info level and above) is kept in memory instead
 * of going to stdout, until `release()`. Call it before the services start: a child logger keeps
 * the level it was made with.
 */
export function captureLogs(): { lines: LogLine[]; release(): void } {
  const lines: LogLine[] = [];
  capture = lines;
  if (root) root.level = 'info';
  return {
    lines,
    release() {
      if (capture === lines) capture = undefined;
    },
  };
}
