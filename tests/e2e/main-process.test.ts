/**
 * `npm start` as a user runs it (src/main.ts in its own process), against the test run's Neo4j through
 * NEO4J_URI: it becomes ready, prints its URLs, and stops cleanly on SIGTERM; a taken port gets one clear line.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { testNeo4jTarget } from '../helpers/test-graph.js';

function startMain(env: Record<string, string>) {
  const target = testNeo4jTarget();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, GT_SEED: 'never', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return output;
  };
  return { child, exited, waitFor, output: () => output };
}

describe('the main process', () => {
  it('becomes ready, prints where GraphiQL is, and stops cleanly on SIGTERM', async () => {
    const main = startMain({ PORT: '0' });
    const out = await main.waitFor(/Golden Thread is ready[\s\S]*GraphiQL: +http:\/\/127\.0\.0\.1:\d+\/graphql/);
    const url = /GraphiQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out)![1];
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(main.output()).toMatch(/SIGTERM: stopping[\s\S]*Stopped\./);
  });

  it('says in one line that the port is taken and what to do, and exits 1', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const main = startMain({ PORT: String(port) });
      expect(await main.exited).toBe(1);
      expect(main.output()).toContain(`golden-thread: Port ${port} on 127.0.0.1 is already in use: stop the other process, or start with PORT=<another port>.`);
    } finally {
      blocker.close();
    }
  });

  it('names the variable when the configuration is wrong, and exits 1 before touching anything', async () => {
    const main = startMain({ PORT: 'eighty' });
    expect(await main.exited).toBe(1);
    expect(main.output()).toMatch(/golden-thread: Configuration is invalid[\s\S]*PORT="eighty"/);
  });
});
