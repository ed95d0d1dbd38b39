/**
 * Organisations named as a spreadsheet names them: "Adults and Communities", "A&C" or the key
 * adults-and-communities-department all find the department, through its key, its name and the aliases
 * recorded on it (the same Alias nodes the papers' other wordings use). Names are compared without case,
 * punctuation, "&" against "and", and a trailing "Department", "Dept" or "Directorate". A name that finds
 * nothing is refused with the closest known names; one that finds two organisations is refused naming both.
 * Nothing is ever created from a name: an alias is recorded only when a mapping states it.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { similarity } from '../../shared/similarity.js';
import type { ImportProblem, ImportRow } from './import-file.js';
import type { ColumnSpec } from './import-kind.js';

export interface KnownOrganisation {
  key: string;
  name: string;
}

/**
 * A name's organisation, or the problem to report. The problem is worked out only when asked for: a file that
 * brings its own organisations names thousands the graph does not hold yet, and comparing each with every
 * known organisation for a "did you mean" hint nobody reads made loading quadratic in the councils held.
 */
export type NameMatch = { key: string } | { problem: () => string };

export const nameKey = (text: string) =>
  text.toLowerCase().replace(/&/g, ' and ').replace(/['’`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
    .replace(/\s+(department|dept|directorate)$/, '').trim();

export class OrganisationNames {
  private readonly byKey = new Map<string, KnownOrganisation>();
  private readonly byName = new Map<string, Set<string>>();
  /** The closest known names of each wording asked about, so a wording repeated on many lines is compared once. */
  private readonly hints = new Map<string, string>();

  /** `alike` scores two normalised names for the "did you mean" hints (Dice similarity unless given). */
  constructor(organisations: KnownOrganisation[], aliases: { text: string; key: string }[], private readonly what = 'organisation',
    private readonly alike: (a: string, b: string) => number = similarity) {
    for (const o of organisations) {
      this.byKey.set(o.key.toLowerCase(), o);
      this.add(o.name, o.key);
    }
    for (const a of aliases) this.add(a.text, a.key);
  }

  /** Another wording of an organisation (a recorded alias, or one a mapping states). */
  add(text: string, key: string): void {
    const k = nameKey(text);
    if (!k) return;
    this.byName.set(k, (this.byName.get(k) ?? new Set()).add(key));
  }

  has(key: string): boolean {
    return this.byKey.has(key.toLowerCase());
  }

  find(text: string): NameMatch {
    const exact = this.byKey.get(text.trim().toLowerCase());
    if (exact) return { key: exact.key };
    const keys = [...(this.byName.get(nameKey(text)) ?? [])];
    if (keys.length === 1) return { key: keys[0]! };
    if (keys.length > 1) {
      const named = keys.sort().map((k) => `${this.byKey.get(k)?.name ?? k} (${k})`).join(' and ');
      return { problem: () => `"${text}" matches ${keys.length} ${this.what}s: ${named}. Write the name in full, or map the wording to one key in the import mapping (organisations: { "${text}": <key> }).` };
    }
    return { problem: () => `"${text}" is not a known ${this.what}. ${this.closest(text)} Write one of those, or, if it is one under another name, record the wording in the import mapping (organisations: { "${text}": <key> }); nothing is created from a name.` };
  }

  private closest(text: string): string {
    const wanted = nameKey(text);
    const known = this.hints.get(wanted);
    if (known !== undefined) return known;
    const scored = [...this.byKey.values()]
      .map((o) => ({ o, score: Math.max(this.alike(wanted, nameKey(o.name)), this.alike(wanted, nameKey(o.key))) }))
      .sort((a, b) => b.score - a.score || a.o.name.localeCompare(b.o.name));
    const near = scored.filter((s) => s.score >= 0.3).slice(0, 3);
    const shown = (near.length ? near : scored.slice(0, 5)).map((s) => `${s.o.name} (${s.o.key})`);
    const hint = shown.length ? `${near.length ? 'Closest known' : 'Known'}: ${shown.join('; ')}.` : `No ${this.what}s are recorded yet.`;
    this.hints.set(wanted, hint);
    return hint;
  }
}

/** The organisations (of one kind, or all) with their names and recorded aliases. */
export async function readOrganisationNames(tx: ManagedTransaction, kind: string | null, what = 'organisation'): Promise<OrganisationNames> {
  const result = await tx.run(
    `MATCH (o:Organisation) WHERE o.retiredAt IS NULL AND ($kind IS NULL OR o.kind = $kind)
     RETURN o.key AS key, coalesce(o.name, o.key) AS name, [(a:Alias)-[:ALIAS_OF]->(o) WHERE a.retiredAt IS NULL | a.text] AS aliases`,
    { kind },
  );
  const organisations = result.records.map((r) => ({ key: r.get('key') as string, name: r.get('name') as string }));
  const aliases = result.records.flatMap((r) => (r.get('aliases') as string[]).map((text) => ({ text, key: r.get('key') as string })));
  return new OrganisationNames(organisations, aliases, what);
}

/**
 * Resolves every organisation column of the rows (ColumnSpec.organisation) in place: the field becomes the
 * organisation's key, the file's wording is kept in `written`. The mapping's `organisations` wordings win over
 * the graph's; those that are not already a name or alias of their organisation are returned, to be recorded
 * as aliases when the import is applied. Lines with a name that could not be resolved are returned too, so the
 * kind's own checks do not report them a second time.
 */
export async function resolveOrganisationColumns(
  tx: ManagedTransaction, columns: readonly ColumnSpec[], rows: ImportRow[], stated: Record<string, string> | undefined, problems: ImportProblem[],
): Promise<{ unresolved: Set<number>; newAliases: { text: string; key: string }[] }> {
  const unresolved = new Set<number>();
  const newAliases: { text: string; key: string }[] = [];
  const specs = columns.filter((c) => c.organisation);
  if (!specs.length) return { unresolved, newAliases };
  const everyone = await readOrganisationNames(tx, null);
  const explicit = new Map<string, string>();
  for (const [text, key] of Object.entries(stated ?? {})) {
    if (!everyone.has(key)) {
      problems.push({ message: `the mapping's organisations maps "${text}" to "${key}", which is no organisation's key. Use the key of an organisation (the API shows each organisation's key).` });
      continue;
    }
    explicit.set(nameKey(text), key);
    const found = everyone.find(text);
    if (!('key' in found) || found.key !== key) newAliases.push({ text, key });
  }
  const byKind = new Map<string | null, OrganisationNames>([[null, everyone]]);
  for (const spec of specs) {
    const { kind, what, inFile } = spec.organisation!;
    if (!byKind.has(kind)) byKind.set(kind, await readOrganisationNames(tx, kind, what));
    const names = byKind.get(kind)!;
    for (const row of rows) {
      const text = (row.fields[spec.name] ?? '').trim();
      if (!text) continue;
      const stated = explicit.get(nameKey(text));
      const match: NameMatch = stated ? { key: stated } : names.find(text);
      if ('key' in match) {
        if (match.key !== text) (row.written ??= {})[spec.name] = row.fields[spec.name]!;
        row.fields[spec.name] = match.key;
      } else if (!(inFile && /^[a-z0-9][a-z0-9:/.\-_]*$/.test(text))) {
        problems.push({ line: row.line, column: spec.name, message: match.problem() });
        unresolved.add(row.line);
      }
    }
  }
  return { unresolved, newAliases };
}
