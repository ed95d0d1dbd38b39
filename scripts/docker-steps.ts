/**
 * `npm run docker:steps` (run by .ci/run): the Dockerfile's steps on a machine without a Docker engine.
 * Every stage is performed in a scratch folder as the Dockerfile says (its npm ci steps on the lock file,
 * its builds, its COPYs), then the final stage's CMD is started as the image would start it, against a
 * managed Neo4j of its own (docker-compose's database stands in), until /readyz answers 200, the explorer
 * and GraphiQL open, and SIGTERM stops it cleanly. It reads the Dockerfile rather than repeating it, so a
 * change there is what gets checked. Not covered: the base image's own contents (this machine's Node and
 * Debian stand in; a different Node major stops the script) and absolute paths inside RUN commands.
 */
import { chownSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startManagedNeo4j } from '../src/neo4j/managed/start-neo4j.js';
import { choosePort } from '../src/neo4j/managed/free-port.js';
import { DockerfileError, parseDockerfile } from './docker-steps/dockerfile.js';
import { asUser, dropsPrivileges, runStages, UNPRIVILEGED } from './docker-steps/run-stages.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line: string) => process.stdout.write(`docker-steps: ${line}\n`);

/** The image's Node is this machine's here; a different major would test something else. */
function checkNodeMajor(images: string[]): void {
  const ours = Number(process.versions.node.split('.')[0]);
  for (const image of images) {
    const major = /^node:(\d+)/.exec(image)?.[1];
    if (major && Number(major) !== ours) {
      throw new DockerfileError(`The Dockerfile builds on ${image} (Node ${major}) but this machine runs Node ${ours}: run these steps with Node ${major}, or change the FROM lines and the documented minimum together.`);
    }
  }
}

/** Resident memory of a process and its children (npm start → sh → node), in MB. */
function residentMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch { /* gone meanwhile */ }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch { /* gone meanwhile */ }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

async function waitForReady(base: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const gone = exited();
    if (gone) throw new DockerfileError(`The CMD exited before /readyz answered 200:\n${gone}`);
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new DockerfileError(`/readyz did not answer 200 within ${timeoutMs / 1000} s (last: ${last}).`);
}

async function expectPage(base: string, pathname: string, accept: string, contains: string): Promise<void> {
  const response = await fetch(`${base}${pathname}`, { headers: { accept } });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(contains)) {
    throw new DockerfileError(`GET ${pathname} answered ${response.status} without "${contains}": is it copied into the image? ${body.slice(0, 200)}`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const stages = parseDockerfile(readFileSync(path.join(REPO, 'Dockerfile'), 'utf8'));
  checkNodeMajor(stages.map((s) => s.image));
  const scratch = mkdtempSync(path.join(tmpdir(), 'gt-docker-steps-'));
  // Readable by the unprivileged user the CMD runs as after a USER line.
  chmodSync(scratch, 0o755);
  const home = path.join(scratch, 'home');
  mkdirSync(home);
  if (process.getuid?.() === 0) chownSync(home, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  // The database starts while the stages build: it takes as long as an npm ci.
  const neo4jStarting = startManagedNeo4j({
    dataDir: path.join(scratch, 'neo4j'),
    cacheDir: path.resolve(REPO, process.env.GT_CACHE_DIR ?? '.cache', 'neo4j'),
    heap: '512m',
    pageCache: '128m',
    preferredPort: 27687,
    javaHome: process.env.JAVA_HOME,
  });
  neo4jStarting.catch(() => undefined);
  // Only what an image has: no NEO4J_*, GT_* or NODE_ENV from this shell leaks into the steps.
  const baseEnv = (user: string | undefined): Record<string, string> => ({
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: dropsPrivileges(user) ? home : homedir(),
    // npm's cache on this machine (warm after .ci/run's install), so the npm ci steps take seconds, not
    // minutes; for the unprivileged user a cache of its own, as it may not write root's.
    npm_config_cache: dropsPrivileges(user) ? path.join(home, '.npm') : (process.env.npm_config_cache ?? path.join(homedir(), '.npm')),
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
  });
  let neo4j: Awaited<typeof neo4jStarting> | undefined;
  let removing: Promise<unknown> = Promise.resolve();
  try {
    const final = await runStages(stages, { repo: REPO, scratch, baseEnv, say });
    // The build stages (a whole dev install each) are done with: removed while the CMD starts, not after.
    const otherStages = readdirSync(scratch).filter((d) => d.startsWith('stage-') && path.join(scratch, d) !== final.root);
    removing = Promise.all(otherStages.map((d) => rm(path.join(scratch, d), { recursive: true, force: true, maxRetries: 3 })));
    if (!final.command) throw new DockerfileError('The final stage has no CMD or ENTRYPOINT: nothing says how the image starts.');
    neo4j = await neo4jStarting;
    const port = await choosePort(24000);
    const base = `http://127.0.0.1:${port}`;
    // As docker-compose.yml sets them, except HOST and PORT: loopback only, on a free port.
    const env = { ...baseEnv(final.user), ...final.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, HOST: '127.0.0.1', PORT: String(port) };
    const argv = asUser(final.command, final.user);
    say(`CMD ${final.command.join(' ')}${dropsPrivileges(final.user) ? ` (as ${UNPRIVILEGED.name}, for USER ${final.user})` : ''}, against Neo4j ${neo4j.uri}`);
    const commandStarted = Date.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: path.join(final.root, final.workdir), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let exit: number | null | undefined;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exit = code))));
    try {
      await waitForReady(base, () => (exit !== undefined ? `exit ${exit}\n${output}` : undefined), 120_000);
      say(`/readyz 200 after ${((Date.now() - commandStarted) / 1000).toFixed(1)} s (migrations and seed data included)`);
      await expectPage(base, '/explore/', 'text/html', '<main id="view"');
      await expectPage(base, '/graphql', 'text/html', 'GraphiQL');
      await new Promise((r) => setTimeout(r, 2000));
      say(`resident memory at idle: ${residentMb(child.pid!)} MB (the CMD's process tree)`);
    } finally {
      if (exit === undefined) child.kill('SIGTERM');
    }
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 30_000).unref())]);
    if (code !== 0) throw new DockerfileError(`SIGTERM did not stop the CMD cleanly (${code === 'timeout' ? 'still running after 30 s' : `exit ${code}`}):\n${output}`);
    say(`stopped cleanly on SIGTERM; all steps done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    const stopping = Date.now();
    const database = neo4j ?? (await neo4jStarting.catch(() => undefined));
    // Its data is thrown away next, so a clean shutdown (a checkpoint, ~10 s) would buy nothing.
    if (database) process.kill(database.pid, 'SIGKILL');
    await database?.stop();
    await removing.catch(() => undefined);
    await rm(scratch, { recursive: true, force: true, maxRetries: 3 });
    say(`Neo4j stopped and scratch folder removed in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`docker-steps: ${message}\n`);
  process.stderr.write('docker-steps: the image built from this Dockerfile would fail the same way; fix the step named above, then run `npm run docker:steps` again.\n');
  process.exit(1);
});
