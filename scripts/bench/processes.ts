/**
 * The two HTTP systems under test, each in its own process (so the API's resident memory is its own): the
 * API as `npm start` runs it (node on the compiled dist/main.js, on the bench's Neo4j, seeds off), and the @neo4j/graphql server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureServerBuilt } from '../build-server.js';

export interface Served {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const TSX = path.resolve('node_modules/.bin/tsx');

function waitFor(child: ChildProcess, pattern: RegExp, name: string, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${timeoutMs / 1000} s:\n${output.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startApi(neo4j: { uri: string; user: string; password: string }, port: number): Promise<Served> {
  // As `npm start` runs it in production: plain node on the compiled server (dist/, rebuilt when stale), a
  // process of our own (not an npm wrapper) so its pid is the API's, for the memory samples.
  ensureServerBuilt({ log: (line) => process.stdout.write(`${line}\n`) });
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { ...process.env, PORT: String(port), NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, GT_SEED: 'never', LOG_LEVEL: 'warn', NODE_ENV: 'production',
      // The bench measures the API, not its rate limits (at concurrency 16 they would answer 429s).
      GT_RATE_LIMIT_PER_ADDRESS: '0', GT_RATE_LIMIT_PER_TOKEN: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(child, /ready|listening/i, 'the API');
  // Ready means listening; wait for /readyz (migrations done) too.
  // Measuring an API that is not ready would time queued requests, not answers: give up plainly instead.
  let ready = false;
  for (let i = 0; i < 240 && !ready; i++) {
    ready = await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false);
    if (!ready) await new Promise((r) => setTimeout(r, 500));
  }
  if (!ready) {
    child.kill('SIGTERM');
    throw new Error(`The API on ${url} did not answer /readyz with 200 within 120 s: look at its log (LOG_LEVEL=info), check Neo4j answers, and run again on a quieter machine.`);
  }
  return { url: `${url}/graphql`, pid: child.pid!, stop: stopper(child) };
}

export async function startGenericLayer(neo4j: { uri: string; user: string; password: string }, port: number): Promise<Served> {
  const child = spawn(TSX, ['scripts/bench/generic-layer.ts', neo4j.uri, neo4j.user, neo4j.password, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitFor(child, /listening/, '@neo4j/graphql');
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, stop: stopper(child) };
}

/** Resident memory of a process, in MB (Linux /proc). */
export function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}
