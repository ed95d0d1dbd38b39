/**
 * When to bring a managed Neo4j that died back, and when to stop trying. Failures count in a row: a crash
 * or a failed start adds one, and a Neo4j that has then run for `stableMs` wipes the count, so a database
 * that dies once a day is restarted every time, while one that cannot stay up ends in a give-up (the API
 * exits and its own supervisor, systemd or the container runtime, takes over).
 */
export interface RestartPolicy {
  /** Restarts tried after a crash before giving up; 0 gives up at the first crash. */
  maxRestarts: number;
  /** The first wait; each failure in a row doubles it: 1 s, 2 s, 4 s … */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a restarted Neo4j must run before its earlier failures are forgiven. */
  stableMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, stableMs: 60_000 };

export class RestartCounter {
  private failures = 0;
  private upSince: number | undefined;

  constructor(private readonly policy: RestartPolicy, private readonly now: () => number = Date.now) {}

  /** Neo4j is up (first start or a restart). */
  up(): void {
    this.upSince = this.now();
  }

  /**
   * Neo4j died, or a restart failed: the wait before the next attempt, with its number, or undefined when
   * the failures in a row have used up the restarts.
   */
  failed(): { delayMs: number; attempt: number } | undefined {
    if (this.upSince !== undefined && this.now() - this.upSince >= this.policy.stableMs) this.failures = 0;
    this.upSince = undefined;
    this.failures++;
    if (this.failures > this.policy.maxRestarts) return undefined;
    const delayMs = Math.min(this.policy.baseDelayMs * 2 ** (this.failures - 1), this.policy.maxDelayMs);
    return { delayMs, attempt: this.failures };
  }

  get failuresInARow(): number {
    return this.failures;
  }
}
