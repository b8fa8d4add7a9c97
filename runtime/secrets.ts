import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, config } from './config';

interface DevelopmentSecrets {
  jwtSecret: string;
  principalSigningSecret: string;
}

let developmentSecrets: DevelopmentSecrets | undefined;

/**
 * Outside production a missing secret is generated once into DATA_DIR, so that the embedded
 * stack and `npm run token` agree without any setup. Production must configure both.
 */
function development(): DevelopmentSecrets {
  if (developmentSecrets) return developmentSecrets;
  const generate = () => ({
    jwtSecret: randomBytes(32).toString('base64url'),
    principalSigningSecret: randomBytes(32).toString('base64url'),
  });
  // Tests keep their secrets in memory: nothing of theirs is left on disk.
  if (config().NODE_ENV === 'test') return (developmentSecrets = generate());
  const file = join(config().DATA_DIR, 'dev-secrets.json');
  if (existsSync(file)) {
    developmentSecrets = JSON.parse(readFileSync(file, 'utf8')) as DevelopmentSecrets;
  } else {
    developmentSecrets = generate();
    mkdirSync(config().DATA_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(developmentSecrets, null, 2), { mode: 0o600 });
  }
  return developmentSecrets;
}

function required(name: string, value: string | undefined, fallback: () => string): string {
  if (value) return value;
  if (config().NODE_ENV === 'production')
    throw new ConfigError(`Invalid configuration:\n  - ${name}: required in production`);
  return fallback();
}

export const signingSecret = () =>
  required('PRINCIPAL_SIGNING_SECRET', config().PRINCIPAL_SIGNING_SECRET, () => development().principalSigningSecret);

export function jwtSecret(): string {
  return required('JWT_SECRET', config().JWT_SECRET, () => development().jwtSecret);
}
