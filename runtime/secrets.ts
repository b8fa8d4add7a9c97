import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, StartupError, config } from './config';
import { dataDirectory } from './data-files';

const DevelopmentSecrets = z.object({ jwtSecret: z.string().min(32), principalSigningSecret: z.string().min(32) });
type DevelopmentSecrets = z.infer<typeof DevelopmentSecrets>;

let developmentSecrets: DevelopmentSecrets | undefined;

const REGENERATE = 'delete it and a new one is generated (tokens signed with the old one stop working)';

/** The secrets file as written by an earlier start; anything else is refused with what to do. */
function readSecrets(file: string): DevelopmentSecrets {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StartupError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code})`, REGENERATE);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StartupError(`${file} is not valid JSON`, REGENERATE);
  }
  const parsed = DevelopmentSecrets.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(file)'))];
    throw new StartupError(`${file} has no valid ${fields.join(', ')} (32+ characters each)`, REGENERATE);
  }
  return parsed.data;
}

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
  const file = join(dataDirectory(config().DATA_DIR), 'dev-secrets.json');
  if (existsSync(file)) {
    developmentSecrets = readSecrets(file);
  } else {
    developmentSecrets = generate();
    writeFileSync(file, JSON.stringify(developmentSecrets, null, 2), { mode: 0o600 });
  }
  return developmentSecrets;
}

function required(name: string, value: string | undefined, fallback: () => string): string {
  if (value) return value;
  if (config().NODE_ENV === 'production')
    throw new ConfigError(
      `Invalid configuration: ${name}: required in production`,
      `set ${name} to 32+ random characters (e.g. openssl rand -base64 48)${name === 'JWT_SECRET' ? ', or JWT_JWKS_URL' : ''}`,
    );
  return fallback();
}

export const signingSecret = () =>
  required('PRINCIPAL_SIGNING_SECRET', config().PRINCIPAL_SIGNING_SECRET, () => development().principalSigningSecret);

export function jwtSecret(): string {
  return required('JWT_SECRET', config().JWT_SECRET, () => development().jwtSecret);
}

/** The key webhook signing secrets are encrypted with; outside production, one derived from the development secrets. */
export function webhookSecretKey(): string {
  return required('WEBHOOK_SECRET_KEY', config().WEBHOOK_SECRET_KEY, () =>
    createHash('sha256').update(`webhook-secret-key:${development().principalSigningSecret}`).digest('base64url'),
  );
}
