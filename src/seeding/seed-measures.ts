/**
 * Compiles seeds/measures.yaml: a Measure node per indicator the papers name (key `measure/<code>`), with
 * its aliases, and a MEASURED_BY link from each item it judges, carrying the basis (CITED when the quote
 * says the indicator is the item's, ANALYST_JUDGEMENT otherwise), confidence, rationale and citation.
 */
import type { SeedBuilder } from './seed-builder.js';
import { measureRules } from './seed-progress.js';

export const measureKey = (code: string) => `measure/${code}`;

export function addMeasures(b: SeedBuilder): void {
  const file = 'seeds/measures.yaml';
  b.seeds.measures.measures.forEach((m, i) => {
    const place = b.place(file, ['measures', i], `measures[${i}] (${m.code})`);
    const key = measureKey(m.code);
    b.addNode(key, ['Measure'], {
      code: m.code, kind: m.kind, name: m.name, unit: m.unit, note: m.note, order: i + 1, version: 1, ...b.cite(m.citation, place), ...measureRules(b.seeds.progress, m.code),
    }, place);
    b.addAliases(key, m.aliases, place);
    m.for.forEach((f, j) => {
      const fPlace = b.place(file, ['measures', i, 'for', j], `${place.record}.for[${j}] (${f.item})`);
      const link = b.addLink('MEASURED_BY', f.item, key, {
        basis: f.basis, confidence: f.confidence, rationale: f.rationale, order: j + 1, ...b.cite(f.citation, fPlace),
      }, fPlace);
      b.expect(f.item, fPlace, 'item', ['StrategicPlan', 'Outcome', 'SubOutcome', 'Aim']);
      if (f.basis === 'CITED') b.citedLink(link, f.citation, f.stated, fPlace);
    });
  });
}
