/**
 * Run by .ci/run: every package in package-lock.json accepts the oldest Node the project promises
 * (package.json engines, the README's "Node 20.19+"). npm warns (EBADENGINE) only against the Node it runs
 * on, so CI on a newer Node would not notice a package that left the documented minimum behind.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; engines?: unknown }> };
const promised = pkg.engines?.node;
const oldest = promised ? semver.minVersion(promised) : null;
if (!promised || !oldest) {
  process.stderr.write('check-engines: package.json has no engines.node range: set the oldest Node the project supports (e.g. ">=20.19").\n');
  process.exit(1);
}

const refusing = Object.entries(lock.packages).flatMap(([where, entry]) => {
  const range = (entry.engines as { node?: unknown } | undefined)?.node;
  // Some old packages state engines as an array; npm itself reads only the object form.
  if (!where || typeof range !== 'string' || semver.satisfies(oldest, range)) return [];
  return [`  ${where.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'} requires node ${range}`];
});

if (refusing.length) {
  process.stderr.write(`check-engines: these packages do not run on Node ${oldest.version}, the oldest the project supports (package.json engines "${promised}"):\n${refusing.join('\n')}\n`
    + 'Pin releases that accept it (package.json overrides), or raise the minimum everywhere (engines, README, Dockerfile).\n');
  process.exit(1);
}
process.stdout.write(`check-engines: all ${Object.keys(lock.packages).length - 1} locked packages accept Node ${oldest.version} (package.json engines "${promised}").\n`);
