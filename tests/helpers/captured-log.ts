/** A real pino logger whose JSON lines a test can read back, to check what an operator would see. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/logger.js';

export interface CapturedLog {
  logger: Logger;
  lines: Record<string, any>[];
}

export function captureLog(level = 'info'): CapturedLog {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, any>);
      done();
    },
  });
  return { logger: pino({ level, base: undefined }, sink), lines };
}
