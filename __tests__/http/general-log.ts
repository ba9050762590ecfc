/** Reads and sets the server's general log settings for tests, never in the middle of another capture. */

import {
  CAPTURE_LOCK,
  readGeneralLogSettings,
  writeGeneralLogSettings,
  type GeneralLogSettings,
} from '../../src/database/capture.js';
import { connect, type DbUrl } from '../../src/database/connection.js';

export async function generalLogSettings(url: DbUrl): Promise<GeneralLogSettings> {
  const conn = await connect(url);
  try {
    return await readGeneralLogSettings(conn);
  } finally {
    await conn.end();
  }
}

/** Takes the capture lock around the change, so a capture running in a parallel test keeps its settings. */
export async function setGeneralLogSettings(url: DbUrl, settings: GeneralLogSettings): Promise<void> {
  const conn = await connect(url);
  try {
    await conn.query('SELECT GET_LOCK(?, 60)', [CAPTURE_LOCK]);
    await writeGeneralLogSettings(conn, settings);
  } finally {
    await conn.query('SELECT RELEASE_LOCK(?)', [CAPTURE_LOCK]).catch(() => undefined);
    await conn.end();
  }
}
