/**
 * Measuring one question on one system at one concurrency for a fixed time: HTTP systems with autocannon
 * (every response time kept, from its 'response' event, so p95 can be given; autocannon's own summary has
 * p90 and p97.5 only), the floor with a small loop of neo4j-driver read transactions.
 */
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';

export interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second. */
  throughput: number;
  requests: number;
  /** Non-200 answers, GraphQL errors in a 200 answer, socket errors and timeouts: any makes the run fail. */
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(latencies: number[], seconds: number, errors: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), throughput: latencies.length / seconds, requests: latencies.length, errors };
}

export async function measureHttp(url: string, body: unknown, connections: number, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url, method: 'POST', connections, duration: seconds, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
        // A 200 answer can still carry GraphQL errors; they count as errors, never as fast answers.
        setupClient: (client: { on(event: 'body', listener: (chunk: Buffer) => void): void }) => {
          client.on('body', (chunk) => { if (chunk.includes('"errors":[')) errors++; });
        },
      } as autocannon.Options,
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance!.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 200) latencies.push(responseTime);
    else errors++;
  });
  const result = await done;
  return summarise(latencies, result.duration, errors + result.errors + result.timeouts);
}

export async function measureDriver(driver: Driver, cypher: string, params: Record<string, unknown>, concurrency: number, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const session = driver.session({ defaultAccessMode: 'READ' });
      const t = performance.now();
      try {
        await session.executeRead(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
        latencies.push(performance.now() - t);
      } catch {
        errors++;
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(latencies, (performance.now() - started) / 1000, errors);
}
