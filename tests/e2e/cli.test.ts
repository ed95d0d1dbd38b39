/**
 * The command-line tools as an administrator runs them, against the test run's Neo4j through NEO4J_URI.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, resetToSeeds, testNeo4jTarget } from '../helpers/test-graph.js';

function run(script: string, args: string[]) {
  const target = testNeo4jTarget();
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  const db = openTestDatabase();
  await resetToSeeds(db);
  await db.close();
});

describe('npm run token', () => {
  it('creates a token, shows it once, lists it without the secret, and revokes it', () => {
    const created = run('scripts/token.ts', ['create', '--role', 'editor', '--name', 'Finance team']);
    expect(created.code).toBe(0);
    const token = /\n {2}(gt_[A-Za-z0-9_-]{40,})\n/.exec(created.out)?.[1];
    expect(token).toBeDefined();
    expect(created.out).toMatch(/only time the token is shown/);
    const id = /\(id ([0-9a-f-]{36})\)/.exec(created.out)![1]!;

    const listed = run('scripts/token.ts', ['list']);
    expect(listed.out).toMatch(new RegExp(`${id}\\s+editor\\s+active\\s+Finance team`));
    expect(listed.out).not.toContain(token);

    expect(run('scripts/token.ts', ['revoke', id]).out).toMatch(/revoked/);
    expect(run('scripts/token.ts', ['list']).out).toMatch(new RegExp(`${id}\\s+editor\\s+revoked`));
  });

  it('creates a token scoped to an organisation, and refuses a scope that names none', () => {
    const created = run('scripts/token.ts', ['create', '--role', 'editor', '--name', 'Leicestershire officer', '--scope', 'lcc']);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/scoped to the organisation "lcc"/);
    const id = /\(id ([0-9a-f-]{36})\)/.exec(created.out)![1]!;
    expect(run('scripts/token.ts', ['list']).out).toMatch(new RegExp(`${id}\\s+editor\\s+active\\s+Leicestershire officer\\s+\\(scope: lcc\\)`));
    const unknown = run('scripts/token.ts', ['create', '--role', 'editor', '--name', 'Nobody', '--scope', 'no-such-council']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no current organisation has the key "no-such-council"/);
    expect(run('scripts/token.ts', ['list']).out).not.toContain('Nobody');
  });

  it('explains its usage when the role is wrong', () => {
    const bad = run('scripts/token.ts', ['create', '--role', 'owner', '--name', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--role must be one of viewer, editor, admin[\s\S]*usage:/);
  });
});

describe('npm run import', () => {
  it('dry-runs the example links file, then loads it, then finds nothing to change', () => {
    const dry = run('scripts/import.ts', ['links', 'seeds/examples/links.csv', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^Dry run \(nothing written\): 3 rows; 3 added, 0 changed, 0 retired, 0 unchanged\./);
    expect(run('scripts/import.ts', ['links', 'seeds/examples/links.csv']).out).toMatch(/^Imported: 3 rows; 3 added/);
    expect(run('scripts/import.ts', ['links', 'seeds/examples/links.csv']).out).toMatch(/^Imported: 3 rows; 0 added, 0 changed, 0 retired, 3 unchanged\./);
  });

  it('prints every problem with file, line and column, and exits 1', () => {
    const bad = run('scripts/import.ts', ['links', 'tests/fixtures/bad-links.csv']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad-links\.csv:2 \(share\): "two" is not a share[\s\S]*bad-links\.csv:3 \(from\): no current item/);
  });
});
