/**
 * Reads a file only when it is a regular file. A FIFO, a device (/dev/zero, /dev/stdin) or a socket named as
 * the config file or the dump would block the run forever or feed it endless data: they are refused with a
 * message. The file is opened non-blocking and checked on the open descriptor, so it cannot be swapped
 * between the check and the read.
 */

import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a folder';
  return 'not a regular file';
}

function refusal(what: string, path: string, stat: Stats): Error {
  return new Error(`${what} ${path} is ${kindOf(stat)}, not a regular file: refused`);
}

export function readRegularFileSync(path: string, what: string): string {
  const fd = openSync(path, FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refusal(what, path, stat);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export async function readRegularFile(path: string, what: string): Promise<string> {
  const handle = await open(path, FLAGS);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw refusal(what, path, stat);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
