/**
 * Performs a parsed Dockerfile's stages in scratch folders: each stage a folder standing for its
 * filesystem, WORKDIR and COPY mapped into it, RUN in a shell there with the stage's ENV (and, after a
 * USER, as an unprivileged user, as in the image). Returns what is needed to start the final stage's CMD.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DockerfileError, type Stage } from './dockerfile.js';
import { contextFiles, copyFromContext, copyFromStage, inStage } from './build-context.js';

export interface BuiltStage {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  command?: string[];
}

/** The unprivileged account a USER line is played by (the image's `node` user does not exist here). */
export const UNPRIVILEGED = { name: 'nobody', uid: 65534, gid: 65534 };

/** True when the stage's USER is not root and this process may switch to another user. */
export const dropsPrivileges = (user: string | undefined) => Boolean(user && !/^(root|0)(:.*)?$/.test(user) && process.getuid?.() === 0);

/** A command as argv, under setpriv when it must not run as root. */
export function asUser(argv: string[], user: string | undefined): string[] {
  if (!dropsPrivileges(user)) return argv;
  return ['setpriv', `--reuid=${UNPRIVILEGED.uid}`, `--regid=${UNPRIVILEGED.gid}`, '--clear-groups', '--', ...argv];
}

const argvOf = (command: string[] | string): string[] => (typeof command === 'string' ? ['/bin/sh', '-c', command] : command);

/** Runs one step; its output is kept, and shown in full only when it fails. */
export function runStep(argv: string[], options: { cwd: string; env: Record<string, string> }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new DockerfileError(`exited with ${code}:\n${output.trimEnd()}`))));
  });
}

export interface StageOptions {
  repo: string;
  scratch: string;
  /** Environment every step starts from (PATH, HOME, npm's cache), before the stage's own ENV. */
  baseEnv: (user: string | undefined) => Record<string, string>;
  say: (line: string) => void;
}

/**
 * Every stage, each started at once as BuildKit does: a stage waits only where it needs another (its FROM,
 * a COPY --from), so the final stage's own steps run while the build stage still works.
 */
export async function runStages(stages: Stage[], options: StageOptions): Promise<BuiltStage> {
  const files = contextFiles(options.repo);
  const built = new Map<string, Promise<BuiltStage>>();
  for (const [index, stage] of stages.entries()) {
    const earlier = new Set(stages.slice(0, index).map((s) => s.name));
    const stageNamed = (name: string, where: string) => {
      if (!earlier.has(name)) throw new DockerfileError(`${where}: "${name}" names no earlier stage (copying from an image is not performed here).`);
      return built.get(name)!;
    };
    built.set(stage.name, runStage(stage, files, stageNamed, options));
  }
  // Settled, not raced: a failed stage must not leave another's npm ci writing into a folder being removed.
  const results = await Promise.allSettled(built.values());
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return (results.at(-1) as PromiseFulfilledResult<BuiltStage>).value;
}

async function runStage(stage: Stage, files: Set<string>, stageNamed: (name: string, where: string) => Promise<BuiltStage>, options: StageOptions): Promise<BuiltStage> {
  const say = (line: string) => options.say(`[${stage.name}] ${line}`);
  const root = path.join(options.scratch, `stage-${stage.name}`);
  const base = stage.base ? await stageNamed(stage.base, `FROM ${stage.base}`) : undefined;
  if (base) cpSync(base.root, root, { recursive: true, verbatimSymlinks: true });
  mkdirSync(root, { recursive: true });
  const current: BuiltStage = { name: stage.name, root, workdir: base?.workdir ?? '/', env: { ...base?.env }, user: base?.user, command: base?.command };
  let entrypoint: string[] | undefined;
  let cmd: string[] | undefined;
  say(`FROM ${stage.image}`);
  for (const step of stage.instructions) {
    const where = `Dockerfile line ${step.line}`;
    if (step.kind === 'WORKDIR') {
      current.workdir = path.posix.resolve(current.workdir, step.path);
      mkdirSync(inStage(root, current.workdir, '.'), { recursive: true });
    } else if (step.kind === 'COPY') {
      const destPath = inStage(root, current.workdir, step.dest);
      if (step.from) {
        const from = await stageNamed(step.from, `${where}: COPY --from=${step.from}`);
        copyFromStage(step.sources.map((s) => inStage(from.root, '/', s)), step.dest, destPath);
      } else {
        copyFromContext(options.repo, files, step.sources, step.dest, destPath);
      }
    } else if (step.kind === 'ENV') {
      Object.assign(current.env, step.values);
    } else if (step.kind === 'USER') {
      current.user = step.user;
    } else if (step.kind === 'RUN') {
      const started = Date.now();
      const shown = argvOf(step.command).join(' ').replace(/^\/bin\/sh -c /, '');
      // Not chowned: as in the image, what root copied stays root's, and a USER step cannot write there.
      const cwd = inStage(root, current.workdir, '.');
      try {
        const output = await runStep(asUser(argvOf(step.command), current.user), { cwd, env: { ...options.baseEnv(current.user), ...current.env } });
        const summary = output.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('npm warn')).at(-1) ?? '';
        say(`RUN ${shown}: ${((Date.now() - started) / 1000).toFixed(1)} s${summary ? ` (${summary.slice(0, 100)})` : ''}`);
      } catch (error) {
        throw new DockerfileError(`${where}: RUN ${shown} ${(error as Error).message}`);
      }
    } else if (step.kind === 'ENTRYPOINT') {
      entrypoint = argvOf(step.command);
    } else {
      cmd = argvOf(step.command);
    }
  }
  // Docker's rule: an exec-form ENTRYPOINT gets CMD as its arguments; otherwise CMD is the command.
  if (entrypoint || cmd) current.command = entrypoint ? [...entrypoint, ...(entrypoint[0] === '/bin/sh' ? [] : cmd ?? [])] : cmd;
  return current;
}
