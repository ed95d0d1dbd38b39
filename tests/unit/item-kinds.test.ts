/**
 * The item kinds are defined once (src/shared/item-kinds.ts) and every other place derives from them: a kind
 * added to the SDL, the registry, the seeds, the thread-items import or the explorer alone fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ITEM_FIELDS } from '../../explorer/src/item-fields.js';
import { ITEM_TYPE_NAMES, typeNameOf } from '../../src/domains/nodes/item-types.js';
import { THREAD_ITEM_TYPES } from '../../src/domains/imports/thread-item-types.js';
import { schemaDir } from '../../src/schema.js';
import { SEED_LABELS } from '../../src/seeding/seed-graph-types.js';
import { ITEM_KINDS, ITEM_KIND_NAMES, ITEM_LABELS, displayNameOf, itemKindOf, labelsOf } from '../../src/shared/item-kinds.js';

function nodeTypesOfSdl(): string[] {
  const sdl = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).map((f) => readFileSync(join(schemaDir, f), 'utf8'));
  const schema = buildSchema(sdl.join('\n'), { assumeValid: true });
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
    .map((t) => t.name);
}

describe('the item kinds', () => {
  it('are exactly the SDL types implementing Node, but the two records that are Nodes without being items', () => {
    // API tokens and audit events are Nodes so that node(id:) and client caches treat them alike; they are
    // no items of the graph (src/domains/nodes/load-item.ts, RecordKind).
    const records = ['ApiToken', 'AuditEvent'];
    expect([...ITEM_KIND_NAMES].sort()).toEqual(nodeTypesOfSdl().filter((t) => !records.includes(t)).sort());
  });

  it('serve a node by its labels, a Strategic Plan before the Document it also is, a statement by any of its labels', () => {
    expect(typeNameOf(['Item', 'Document', 'StrategicPlan'])).toBe('StrategicPlan');
    expect(typeNameOf(['Item', 'Document'])).toBe('Document');
    expect(typeNameOf(['Item', 'Approach'])).toBe('Statement');
    expect(typeNameOf(['Meeting'])).toBeNull();
    for (const label of ITEM_LABELS) expect(itemKindOf([label]), label).not.toBeNull();
    // A link is a relationship: it is a Node type but never a labelled item.
    expect(ITEM_TYPE_NAMES.has('Link')).toBe(false);
    expect([...ITEM_TYPE_NAMES].sort()).toEqual(ITEM_KIND_NAMES.filter((k) => k !== 'Link').sort());
  });

  it('give every item label to the seeds', () => {
    for (const label of ITEM_LABELS) expect(SEED_LABELS, label).toContain(label);
  });

  it('give the thread-items import its row types\' labels', () => {
    for (const [rowType, spec] of Object.entries(THREAD_ITEM_TYPES)) {
      const own = spec.labels.split(':').at(-1)!;
      const kind = itemKindOf([own]);
      expect(kind, rowType).not.toBeNull();
      expect(spec.labels, rowType).toBe(labelsOf(kind as Parameters<typeof labelsOf>[0]));
      for (const parent of 'parent' in spec ? spec.parent.labels : []) expect(ITEM_LABELS, `${rowType} parent`).toContain(parent);
    }
    expect(labelsOf('StrategicPlan')).toBe('Document:StrategicPlan');
  });

  it('give the explorer a fragment for every kind shown as an item, and its name in the council\'s words', () => {
    const asked = [...String(ITEM_FIELDS).matchAll(/\.\.\. on (\w+) \{/g)].map((m) => m[1]);
    expect(asked.sort()).toEqual(ITEM_KIND_NAMES.filter((k) => k !== 'Link').sort());
    expect(displayNameOf('SourceDocument')).toBe('Committee paper');
    expect(displayNameOf('Unknown')).toBe('Unknown');
    for (const kind of ITEM_KIND_NAMES) expect(ITEM_KINDS[kind].displayName, kind).toMatch(/\S/);
  });
});
