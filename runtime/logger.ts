import { pino, type Logger } from 'pino';
import { config, type Config } from './config';

let root: Logger | undefined;

/** LOG_LEVEL, or by default quiet tests and informative services. */
export const logLevel = (settings: Config) => settings.LOG_LEVEL ?? (settings.NODE_ENV === 'test' ? 'silent' : 'info');

/** Structured JSON logs; one child logger per service. */
export function logger(service?: string): Logger {
  root ??= pino({
    level: logLevel(config()),
    redact: ['req.headers.authorization', 'principalHeader', 'secret', 'complainantIdentity'],
  });
  return service ? root.child({ service }) : root;
}
