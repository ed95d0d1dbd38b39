/**
 * The shapes of the reviewable data files under seeds/. This is the one definition: the loader validates
 * against it, and `npm run seed:schema` publishes it as JSON Schema (seeds/schema/*.json) for editors.
 * One module per kind of file, in schema/; this one gathers them.
 *
 * Every record extracted from a council paper carries a `citation`; records the papers do not give live in
 * seeds/illustrative/ and say `illustrative: true` instead.
 */
export * from './schema/common.js';
export * from './schema/plan-file.js';
export * from './schema/records.js';
export * from './schema/lineage-file.js';
export * from './schema/measures-file.js';
export * from './schema/illustrative.js';
