/**
 * Checks that Java 17+ and Maven 3.6+ are on the machine before anything is downloaded, and says exactly
 * what is missing and how to get it. JAVA_HOME, when set, is honoured the way Maven honours it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ManagedNeo4jError } from './managed-neo4j-error.js';

export interface JavaToolchain {
  java: string;
  javaMajor: number;
  mvn: string;
}

function versionOutput(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return `${result.stdout}\n${result.stderr}`;
}

/** `javaHome` is JAVA_HOME from the configuration (src/config.ts), when set. */
export function findJavaToolchain(javaHome?: string): JavaToolchain {
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const javaOut = versionOutput(java, ['-version']);
  if (!javaOut) {
    throw new ManagedNeo4jError(
      `Java was not found (tried "${java}"). The managed Neo4j needs Java 17 or newer: install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME, or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(javaOut);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) {
    throw new ManagedNeo4jError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} found at "${java}", but Neo4j 5.26 needs Java 17 or newer: install Java 17+ and point JAVA_HOME at it, or set NEO4J_URI.`,
    );
  }
  const mvnOut = versionOutput('mvn', ['-v']);
  if (!mvnOut) {
    throw new ManagedNeo4jError(
      'Maven (mvn) was not found. The managed Neo4j is resolved from Maven Central with Maven 3.6+: install it (Debian: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const mvnMatch = /Apache Maven (\d+)\.(\d+)/.exec(mvnOut);
  if (mvnMatch && (Number(mvnMatch[1]) < 3 || (Number(mvnMatch[1]) === 3 && Number(mvnMatch[2]) < 6))) {
    throw new ManagedNeo4jError(`Maven ${mvnMatch[1]}.${mvnMatch[2]} is too old: install Maven 3.6 or newer, or set NEO4J_URI.`);
  }
  return { java, javaMajor: major, mvn: 'mvn' };
}
