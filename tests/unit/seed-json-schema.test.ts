import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedJsonSchemas } from '../../src/seeding/seed-json-schemas.js';

describe('the published JSON Schemas of the seed files', () => {
  it('match the definitions the loader validates with (run `npm run seed:schema` after changing them)', () => {
    for (const [name, text] of seedJsonSchemas()) {
      expect(readFileSync(path.resolve('seeds/schema', name), 'utf8'), name).toBe(text);
    }
  });
});
