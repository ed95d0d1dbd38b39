/**
 * Applies the migrations not yet recorded in the graph. Schema statements cannot share a transaction with
 * data writes in Neo4j, so each statement runs alone; they are idempotent, so a run interrupted half-way is
 * finished by the next start.
 */
import type { Database } from '../database.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export async function applyMigrations(database: Database, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  const rows = await database.read<{ version: number }>('migrations.applied', 'MATCH (m:SchemaMigration) RETURN m.version AS version');
  const applied = new Set(rows.map((r) => r.version));
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    for (const statement of migration.statements) await database.write(`migration.${migration.version}`, statement);
    await database.write(
      'migrations.record',
      'MERGE (m:SchemaMigration {version: $version}) SET m.description = $description, m.appliedAt = datetime()',
      { version: migration.version, description: migration.description },
    );
    done.push(migration.version);
  }
  // Constraints and indexes are built in the background; wait so the first queries use them.
  await database.write('migrations.await', 'CALL db.awaitIndexes(60)');
  return done;
}
