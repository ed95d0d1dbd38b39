/**
 * Resolves Neo4j Community (embedded, with Bolt) from Maven Central into the git-ignored cache, once: the
 * jars and the tiny launcher in scripts/neo4j are built by Maven. A stamp over the pom and launcher source
 * means an edit to either rebuilds, and an interrupted download is simply resumed on the next start.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ManagedNeo4jError } from './managed-neo4j-error.js';
import { withResolveLock } from './resolve-lock.js';
import type { JavaToolchain } from './java-toolchain.js';

const launcherDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../scripts/neo4j');
const pomFile = path.join(launcherDir, 'pom.xml');
const launcherSource = path.join(launcherDir, 'src/main/java/goldenthread/ManagedNeo4j.java');

export interface ResolvedNeo4j {
  version: string;
  /** Class path for `java -cp`: the launcher jar and every Neo4j jar. */
  classPath: string;
}

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new ManagedNeo4jError(`No <neo4j.version> in ${pomFile}; restore the file from git.`);
  return match[1];
}

function stampOf(): string {
  return createHash('sha256').update(readFileSync(pomFile)).update(readFileSync(launcherSource)).digest('hex');
}

export async function resolveNeo4j(cacheDir: string, toolchain: JavaToolchain, progress: (line: string) => void): Promise<ResolvedNeo4j> {
  const version = neo4jVersion();
  const home = path.join(cacheDir, version);
  const libDir = path.join(home, 'lib');
  const buildDir = path.join(home, 'build');
  const stampFile = path.join(home, 'stamp');
  const stamp = stampOf();
  const launcherJar = path.join(buildDir, 'managed-neo4j-1.0.0.jar');

  const current = () => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(launcherJar);
  if (!current()) {
    await withResolveLock(home, progress, async () => {
      if (current()) return; // another process resolved it while this one waited
      mkdirSync(home, { recursive: true });
      progress(`Resolving Neo4j ${version} Community from Maven Central into ${path.relative(process.cwd(), home) || home} (first run: about 130 MB)...`);
      await runMaven(toolchain, ['-B', '-f', pomFile, `-Dgoldenthread.buildDir=${buildDir}`, 'package', 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`], progress);
      writeFileSync(stampFile, stamp);
      progress(`Neo4j ${version} resolved.`);
    });
  }
  if (!readdirSync(libDir).some((f) => f.endsWith('.jar'))) {
    throw new ManagedNeo4jError(`No Neo4j jars in ${libDir}: delete ${home} and start again to resolve them anew.`);
  }
  // A class-path wildcard keeps the command line (and `ps`) short; java expands it to every jar.
  return { version, classPath: [launcherJar, path.join(libDir, '*')].join(path.delimiter) };
}

function runMaven(toolchain: JavaToolchain, args: string[], progress: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(toolchain.mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloaded = 0;
    let lastReport = Date.now();
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (/^(\[INFO\] )?Downloaded from/.test(line)) {
        downloaded++;
        if (Date.now() - lastReport > 3000) {
          progress(`  ... ${downloaded} files downloaded so far`);
          lastReport = Date.now();
        }
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', (error) => reject(new ManagedNeo4jError(`Could not run Maven: ${error.message}. Install Maven 3.6+ or set NEO4J_URI.`)));
    child.on('close', (code) => {
      if (code === 0) {
        progress(`  ${downloaded} files downloaded.`);
        resolve();
      } else {
        reject(new ManagedNeo4jError(
          `Maven could not resolve Neo4j (exit ${code}). Check that Maven Central is reachable (proxy settings in ~/.m2/settings.xml), then start again. Maven's last lines:\n${tail.join('\n')}`,
        ));
      }
    });
  });
}
