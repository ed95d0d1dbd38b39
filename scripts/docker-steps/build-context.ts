/**
 * The files a `docker build` of this repo sees, and Docker's COPY into a stage's folder. The context is
 * what git carries (tracked files, and new ones it does not ignore), less .dockerignore: what a fresh clone
 * with the current work holds, never the node_modules, .data or explorer/dist that happen to lie in the
 * tree. Container paths (/app/...) map into the stage's own folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DockerfileError } from './dockerfile.js';

/** A .dockerignore or COPY pattern (`*`, `?`, `**`) as a test of a relative path and all under it. */
export function globToRegExp(glob: string): RegExp {
  const parts = glob.split('/');
  const body = parts.map((part, i) => {
    if (part === '**') return i === parts.length - 1 ? '.*' : '(?:[^/]+/)*';
    const segment = part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    return i === parts.length - 1 ? segment : `${segment}/`;
  });
  return new RegExp(`^${body.join('')}(?:/.*)?$`);
}

function dockerignore(root: string): RegExp[] {
  const file = path.join(root, '.dockerignore');
  if (!existsSync(file)) return [];
  const patterns = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const negated = patterns.find((p) => p.startsWith('!'));
  if (negated) throw new DockerfileError(`.dockerignore: "${negated}" (an exception) is not understood by scripts/docker-steps; extend scripts/docker-steps/build-context.ts.`);
  return patterns.map((p) => globToRegExp(p.replace(/^\.?\//, '').replace(/\/$/, '')));
}

/** Paths (relative, with /) of the build context. */
export function contextFiles(root: string): Set<string> {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ignored = dockerignore(root);
  return new Set(listed.split('\0').filter((f) => f && existsSync(path.join(root, f)) && !ignored.some((re) => re.test(f))));
}

/** A container path, absolute or relative to the working directory, inside a stage's folder. */
export function inStage(stageRoot: string, workdir: string, containerPath: string): string {
  return path.join(stageRoot, path.posix.resolve(workdir, containerPath));
}

const destIsFolder = (dest: string, sources: number) => dest.endsWith('/') || dest === '.' || sources > 1;

/** COPY from the build context: a folder's contents into dest, a file to dest (or into it, for dest/). */
export function copyFromContext(root: string, files: Set<string>, sources: string[], dest: string, destPath: string): number {
  let copied = 0;
  for (const pattern of sources) {
    const wanted = path.posix.normalize(pattern).replace(/^\.?\/+/, '').replace(/\/$/, '') || '.';
    const matcher = wanted === '.' ? /^/ : globToRegExp(wanted);
    const matches = [...files].filter((f) => matcher.test(f));
    if (matches.length === 0) throw new DockerfileError(`COPY ${pattern}: nothing in the build context matches it (is it committed, or in .dockerignore?).`);
    const isFile = matches.length === 1 && matches[0] === wanted;
    for (const file of matches) {
      const target = isFile
        ? destIsFolder(dest, sources.length) ? path.join(destPath, path.basename(file)) : destPath
        : path.join(destPath, wanted === '.' || /[*?]/.test(wanted) ? file : path.relative(wanted, file));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(root, file), target);
      copied += 1;
    }
  }
  return copied;
}

/** COPY --from=stage: as Docker does, links stay links (node_modules/.bin would break otherwise). */
export function copyFromStage(sourcePaths: string[], dest: string, destPath: string): void {
  for (const source of sourcePaths) {
    if (!existsSync(source)) throw new DockerfileError(`COPY --from: ${source} does not exist in that stage (did its build step write it?).`);
    const target = statSync(source).isFile() && destIsFolder(dest, sourcePaths.length) ? path.join(destPath, path.basename(source)) : destPath;
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(source, target, { recursive: true, verbatimSymlinks: true });
  }
}
