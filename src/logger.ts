/**
 * The project's logger (pino: structured JSON lines, cheap when a level is off). Created from config in
 * main.ts and passed down; modules never create their own.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that drops everything, for tests and tools that print their own progress. */
export const silentLogger: Logger = pino({ level: 'silent' });
