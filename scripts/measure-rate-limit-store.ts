/**
 * `npx tsx scripts/measure-rate-limit-store.ts [--redis redis://host:port] [--requests N]`: what counting a
 * request costs in each rate-limit store (GT_RATE_LIMIT_STORE): the API's own limiter (rate-limit-store.ts)
 * consumed N times one after another (the latency a request waits) and N times 16 at a time (as a busy
 * process does), in memory and in Redis. Without --redis it starts a throwaway redis-server on a free port
 * (Debian's package). Prints microseconds per request and the machine's load average, for docs/scaling.md.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { silentLogger } from '../src/logger.js';
import { choosePort } from '../src/neo4j/managed/free-port.js';
import { memoryStore, redisStore, type RateLimitStore } from '../src/http/rate-limit-store.js';

const { values } = parseArgs({ options: { redis: { type: 'string' }, requests: { type: 'string', default: '5000' } } });
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 100) {
  process.stderr.write('measure-rate-limit-store: --requests must be a whole number of at least 100.\n');
  process.exit(2);
}

async function startRedis(): Promise<{ url: string; stop: () => void }> {
  const port = await choosePort(16400);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`could not run redis-server (${e.message}): apt-get install redis-server, or pass --redis`)));
    child.stdout!.on('data', (d: Buffer) => { if (/Ready to accept connections/.test(String(d))) resolve(); });
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(name: string, store: RateLimitStore): Promise<void> {
  const limiter = store.limiter(`measure-${Date.now()}`, 1_000_000_000, 600);
  for (let i = 0; i < 200; i++) await limiter.consume(`warm-${i % 20}`); // JIT, connection, Lua script cached
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = process.hrtime.bigint();
    await limiter.consume(`address-${i % 500}`);
    times.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  const concurrentStart = process.hrtime.bigint();
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => { while (next++ < requests) await limiter.consume(`address-${next % 500}`); }));
  const concurrentUs = Number(process.hrtime.bigint() - concurrentStart) / 1000 / requests;
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  process.stdout.write(`${name.padEnd(7)} one at a time: mean ${mean.toFixed(1)} µs, p50 ${percentile(times, 0.5).toFixed(1)} µs, p99 ${percentile(times, 0.99).toFixed(1)} µs;` +
    ` 16 at a time: ${concurrentUs.toFixed(1)} µs of wall time per request (${Math.round(1e6 / concurrentUs)} requests/s)\n`);
}

const started = values.redis ? undefined : await startRedis();
const url = values.redis ?? started!.url;
const redis = redisStore(url, silentLogger, 2000);
try {
  for (let i = 0; i < 50 && !redis.status().shared; i++) await new Promise((r) => setTimeout(r, 100));
  if (!redis.status().shared) throw new Error(`Redis at ${url} did not answer`);
  process.stdout.write(`${requests} requests per run; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${process.platform}, Node ${process.version})\n`);
  await measure('memory', memoryStore());
  await measure('redis', redis);
  process.stdout.write(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
} finally {
  await redis.close();
  started?.stop();
}
