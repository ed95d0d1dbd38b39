/** `npm run seed:schema`: writes seeds/schema/*.schema.json from the zod definitions in src/seeding/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedJsonSchemas } from '../src/seeding/seed-json-schemas.js';

const dir = path.resolve('seeds/schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of seedJsonSchemas()) writeFileSync(path.join(dir, name), text);
process.stdout.write(`wrote ${seedJsonSchemas().size} schemas to seeds/schema/\n`);
