/**
 * The Dockerfile read as data: stages, each a list of instructions, so scripts/docker-steps.ts can perform
 * whatever the Dockerfile says (its build steps and its CMD) rather than a copy of them that could drift.
 * Only what a Node service's Dockerfile uses is understood; anything else stops the script, naming the
 * instruction, rather than being skipped silently.
 */
export type Instruction =
  | { kind: 'WORKDIR'; path: string; line: number }
  | { kind: 'COPY'; from?: string; sources: string[]; dest: string; line: number }
  | { kind: 'RUN'; command: string[] | string; line: number }
  | { kind: 'ENV'; values: Record<string, string>; line: number }
  | { kind: 'USER'; user: string; line: number }
  | { kind: 'CMD' | 'ENTRYPOINT'; command: string[] | string; line: number };

export interface Stage {
  name: string;
  image: string;
  /** The stage this one starts from, when FROM names an earlier stage instead of an image. */
  base?: string;
  instructions: Instruction[];
}

/** Instructions that change nothing these steps can perform or check. */
const IGNORED = new Set(['EXPOSE', 'LABEL', 'HEALTHCHECK', 'STOPSIGNAL', 'SHELL', 'VOLUME', 'ONBUILD', 'MAINTAINER']);

export class DockerfileError extends Error {}

/** Logical lines: comments dropped, `\` continuations joined, each with the number of its first line. */
function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | undefined;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!current && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (current && trimmed.startsWith('#')) return;
    const continued = trimmed.endsWith('\\');
    const part = continued ? trimmed.slice(0, -1) : trimmed;
    current = current ? { text: `${current.text} ${part}`, line: current.line } : { text: part, line: index + 1 };
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}

/** JSON (exec) form `["node", "x.js"]`, or the shell form as one string. */
function commandOf(rest: string): string[] | string {
  if (rest.startsWith('[')) {
    const parsed: unknown = JSON.parse(rest);
    if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) return parsed;
  }
  return rest;
}

function envOf(rest: string, args: Record<string, string>): Record<string, string> {
  // Build arguments only (their defaults: these steps pass no --build-arg); anything else stays as written.
  const expand = (value: string) => value.replace(/\$\{?(\w+)\}?/g, (m, name: string) => args[name] ?? m);
  const unquote = (value: string) => expand(value.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'));
  if (!/^\w+=/.test(rest)) {
    const [key, ...value] = rest.split(/\s+/);
    return { [key!]: unquote(value.join(' ')) };
  }
  const values: Record<string, string> = {};
  for (const match of rest.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)) values[match[1]!] = unquote(match[2]!);
  return values;
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const args: Record<string, string> = {};
  for (const { text: lineText, line } of logicalLines(text)) {
    const [, keyword = '', rest = ''] = /^(\w+)\s*(.*)$/.exec(lineText) ?? [];
    const kind = keyword.toUpperCase();
    const stage = stages.at(-1);
    if (kind === 'FROM') {
      const [, image = '', name] = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      const base = stages.find((s) => s.name === image)?.name;
      stages.push({ name: name ?? String(stages.length), image, base, instructions: [] });
      continue;
    }
    if (kind === 'ARG') {
      const [key, value = ''] = rest.split('=');
      args[key!.trim()] = value.trim();
      continue;
    }
    if (IGNORED.has(kind)) continue;
    if (!stage) throw new DockerfileError(`Dockerfile line ${line}: ${kind} before any FROM.`);
    if (kind === 'WORKDIR') stage.instructions.push({ kind, path: rest.trim(), line });
    else if (kind === 'COPY' || kind === 'ADD') {
      const words = rest.split(/\s+/);
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const unknown = flags.filter((f) => !/^--(from|chown|chmod|link)=?/.test(f));
      if (kind === 'ADD' || unknown.length || paths.length < 2) {
        throw new DockerfileError(`Dockerfile line ${line}: "${kind} ${rest}" is not understood by scripts/docker-steps (COPY [--from=stage] sources... dest); extend scripts/docker-steps/dockerfile.ts.`);
      }
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      stage.instructions.push({ kind: 'COPY', from, sources: paths.slice(0, -1), dest: paths.at(-1)!, line });
    } else if (kind === 'RUN') stage.instructions.push({ kind, command: commandOf(rest), line });
    else if (kind === 'ENV') stage.instructions.push({ kind, values: envOf(rest, args), line });
    else if (kind === 'USER') stage.instructions.push({ kind, user: rest.trim(), line });
    else if (kind === 'CMD' || kind === 'ENTRYPOINT') stage.instructions.push({ kind, command: commandOf(rest), line });
    else throw new DockerfileError(`Dockerfile line ${line}: ${kind} is not understood by scripts/docker-steps; extend scripts/docker-steps/dockerfile.ts.`);
  }
  if (stages.length === 0) throw new DockerfileError('The Dockerfile has no FROM.');
  return stages;
}
