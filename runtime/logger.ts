import { pino, type Logger } from 'pino';
import { config } from './config';

let root: Logger | undefined;

/** Structured JSON logs; one child logger per service. */
export function logger(service?: string): Logger {
  root ??= pino({
    level: config().NODE_ENV === 'test' && !process.env.LOG_LEVEL ? 'silent' : config().LOG_LEVEL,
    redact: ['req.headers.authorization', 'principalHeader', 'secret', 'complainantIdentity'],
  });
  return service ? root.child({ service }) : root;
}
