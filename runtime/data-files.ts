import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StartupError } from './config';
import { logger } from './logger';

/**
 * DATA_DIR holds the embedded SQLite databases and the generated development secrets: grievances,
 * identities and signing keys. Only the user the services run as may read it — the folder is made
 * 0700 and every file in it 0600 — and a folder that cannot serve is refused at start with a line
 * saying what to do, rather than with a stack trace at the first write.
 */
const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;
/** What the services keep in DATA_DIR: SQLite files with their -wal/-shm/-journal companions, secrets. */
const DATA_FILE = /(\.sqlite(-wal|-shm|-journal)?|^dev-secrets\.json)$/;

const USE_A_FOLDER = 'set DATA_DIR to a writable folder';

/** Makes sure `dir` is a folder this process can write, created 0700 when absent; returns it. */
export function dataDirectory(dir: string): string {
  const path = resolve(dir);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unusable(dir, error);
  }
  if (isFolder === false) throw new StartupError(`DATA_DIR=${dir} is a file, not a folder`, USE_A_FOLDER);
  if (isFolder === undefined) {
    try {
      mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER });
    } catch (error) {
      throw unusable(dir, error);
    }
  }
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch {
    throw new StartupError(
      `DATA_DIR=${dir} is not writable`,
      `make it writable for this user (chmod u+rwx) or ${USE_A_FOLDER}`,
    );
  }
  tightenDataFiles(path);
  return dir;
}

function unusable(dir: string, error: unknown): StartupError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  // ENOTDIR: a file where a parent folder should be.
  const why = code === 'ENOTDIR' ? 'lies under a file, not a folder' : `cannot be created (${code})`;
  return new StartupError(`DATA_DIR=${dir} ${why}`, USE_A_FOLDER);
}

/**
 * Files made before data files were private (or copied in with a wide umask) lose the group's and
 * others' permissions; the log says so (once: afterwards they are private).
 */
export function tightenDataFiles(path: string): string[] {
  const tightened: string[] = [];
  for (const file of readdirSync(path)) {
    if (!DATA_FILE.test(file)) continue;
    const location = join(path, file);
    try {
      const stat = statSync(location);
      if (!stat.isFile() || (stat.mode & 0o077) === 0) continue;
      chmodSync(location, stat.mode & PRIVATE_FILE);
      tightened.push(file);
    } catch (error) {
      // Services sharing DATA_DIR come and go: another one's -journal may vanish between the listing and here.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (tightened.length)
    logger('data').warn(
      { dataDir: path, files: tightened },
      'data files were readable by others; now only by their owner',
    );
  return tightened;
}

/**
 * Creates `file` empty and 0600 unless it exists. SQLite gives a database's -wal, -shm and journal
 * files the mode of the database file, so they are private too.
 */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, constants.O_CREAT | constants.O_WRONLY, PRIVATE_FILE));
}
