/**
 * `npm run token -- create --role editor --name "Finance team"`: creates an API token and prints it once
 * (only its hash is kept). `--scope <organisation key>` limits what the token may change to what that
 * organisation owns (docs/security.md, "Tokens scoped to an organisation"). `npm run token -- list`, `npm run token -- revoke <id>`.
 * Works against NEO4J_URI, the managed Neo4j `npm start` is running, or starts the managed one itself.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../src/auth/roles.js';
import { createToken, listTokens, organisationKeyExists, revokeToken } from '../src/auth/tokens.repository.js';
import { loadConfig } from '../src/config.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { applyMigrations } from '../src/neo4j/migrations/apply-migrations.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const USAGE = `usage:
  npm run token -- create --role viewer|editor|admin --name "Who it is for" [--scope <organisation key>]
  npm run token -- list
  npm run token -- revoke <token id>`;

function fail(message: string): never {
  process.stderr.write(`token: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' }, scope: { type: 'string' } } });
const [command, id] = positionals;
if (command === 'create') {
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
  if (!values.name?.trim()) fail('--name is required: say who or what the token is for.');
  if (values.scope !== undefined && !values.scope.trim()) fail('--scope needs an organisation key (e.g. lcc), or leave it out for a token over the whole graph.');
} else if (command === 'revoke') {
  if (!id) fail('give the id of the token to revoke (see `npm run token -- list`).');
} else if (command !== 'list') {
  fail(command ? `unknown command "${command}".` : 'no command given.');
}

const neo4j = await connectNeo4j(loadConfig(), (line) => process.stderr.write(`${line}\n`));
try {
  await applyMigrations(neo4j.db);
  if (command === 'create') {
    const scope = values.scope?.trim() || null;
    if (scope && !(await organisationKeyExists(neo4j.db, scope))) {
      // Not fail(): the connection (and a managed Neo4j this started) must be closed in `finally`.
      process.stderr.write(`token: no current organisation has the key "${scope}" (--scope); give an organisation's key, e.g. lcc (the \`councils\` query lists councils' keys).\n`);
      process.exitCode = 2;
    } else {
      const { token, record } = await createToken(neo4j.db, values.name!.trim(), values.role as Role, 'token CLI', scope);
      say(`Created ${record.role} token "${record.name}" (id ${record.id})${record.scope ? `, scoped to the organisation "${record.scope}"` : ''}.`);
      say(`\n  ${token}\n`);
      say('This is the only time the token is shown: store it now. Send it as "Authorization: Bearer <token>".');
    }
  } else if (command === 'list') {
    const tokens = await listTokens(neo4j.db);
    if (tokens.length === 0) say('No tokens yet: `npm run token -- create --role editor --name "..."`.');
    for (const t of tokens) say(`${t.id}  ${t.role.padEnd(6)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'.padEnd(8)}  ${t.name}${t.scope ? `  (scope: ${t.scope})` : ''}`);
  } else {
    const revoked = await revokeToken(neo4j.db, id!, 'token CLI');
    if (!revoked) {
      process.stderr.write(`token: no active token has the id "${id}" (see \`npm run token -- list\`).\n`);
      process.exitCode = 1;
    } else say(`Token ${id} revoked; requests with it now get UNAUTHENTICATED.`);
  }
} finally {
  await neo4j.close();
}
