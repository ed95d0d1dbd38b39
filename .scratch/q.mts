import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
const d = neo4j.driver('bolt://127.0.0.1:40441', neo4j.auth.basic('neo4j', readFileSync('.data/dev/neo4j/password', 'utf8').trim()));
const s = d.session();
const r = await s.run(process.argv[2]!);
for (const rec of r.records) console.log(JSON.stringify(rec.toObject()));
await s.close(); await d.close();
