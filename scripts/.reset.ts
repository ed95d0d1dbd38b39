import { openTestDatabase, resetToSeeds } from '../tests/helpers/test-graph.js';
const db = openTestDatabase();
await resetToSeeds(db);
await db.close();
console.log('reset to seeds');
