/**
 * Compiles seeds/illustrative/progress.yaml: a MeasureTarget and a MeasureValue node per target and value
 * (HAS_TARGET, HAS_VALUE from the measure), an ActionUpdate per update (HAS_UPDATE from the action), all
 * `illustrative: true`; a measure's direction, tolerance and baseline go on the measure (`addMeasures`).
 * Keys are made from what a record is for (`progress/<measure>/value/<period>`), so a reload updates in place.
 * Checks what the schema cannot: the measure and action exist, one value and one target per period, one
 * update per action and period.
 */
import type { SeedBuilder } from './seed-builder.js';
import type { ProgressFileInput } from './schema/progress-file.js';
import { measureKey } from './seed-measures.js';

const FILE = 'seeds/illustrative/progress.yaml';
const slug = (period: string) => period.replace('/', '-').replace(' ', '-');

/** The progress rules of a measure, for its node's properties (nothing when the file does not cover it). */
export function measureRules(progress: ProgressFileInput | undefined, code: string): Record<string, string | number | boolean | null> {
  const m = progress?.measures.find((x) => x.measure === code);
  if (!m) return {};
  return { direction: m.direction, tolerance: m.tolerance, baseline: m.baseline?.value ?? null, baselinePeriod: m.baseline?.period ?? null, progressIllustrative: true };
}

export function addProgress(b: SeedBuilder, progress: ProgressFileInput): void {
  const by = progress.recordedBy;
  progress.measures.forEach((m, i) => {
    const place = b.place(FILE, ['measures', i], `measures[${i}] (${m.measure})`);
    const mKey = measureKey(m.measure);
    b.expect(mKey, place, 'measure', ['Measure']);
    const seen = new Set<string>();
    m.targets.forEach((t, j) => {
      const tPlace = b.place(FILE, ['measures', i, 'targets', j], `${place.record}.targets[${j}] (${t.period})`);
      if (seen.has(`t${t.period}`)) b.problem(tPlace, 'period', `a second target for ${t.period}: give one target per period`);
      seen.add(`t${t.period}`);
      const key = `progress/${m.measure}/target/${slug(t.period)}`;
      b.addNode(key, ['MeasureTarget'], { id: key, period: t.period, target: t.target, setAt: t.setAt, setBy: by, illustrative: true }, tPlace);
      b.addLink('HAS_TARGET', mKey, key, { illustrative: true }, tPlace);
    });
    m.values.forEach((v, j) => {
      const vPlace = b.place(FILE, ['measures', i, 'values', j], `${place.record}.values[${j}] (${v.period})`);
      if (seen.has(`v${v.period}`)) b.problem(vPlace, 'period', `a second value for ${v.period}: give one value per period (a correction is made through the API, which keeps both)`);
      seen.add(`v${v.period}`);
      const key = `progress/${m.measure}/value/${slug(v.period)}`;
      b.addNode(key, ['MeasureValue'], {
        id: key, period: v.period, value: v.value, source: v.source ?? null, note: v.note ?? null, recordedAt: v.recordedAt, recordedBy: by, illustrative: true,
      }, vPlace);
      b.addLink('HAS_VALUE', mKey, key, { illustrative: true }, vPlace);
    });
  });
  const updates = new Set<string>();
  progress.updates.forEach((u, i) => {
    const place = b.place(FILE, ['updates', i], `updates[${i}] (${u.action} ${u.period})`);
    b.expect(u.action, place, 'action', ['Action']);
    if (updates.has(`${u.action} ${u.period}`)) b.problem(place, 'period', `a second update of ${u.action} for ${u.period}: give one per action and period`);
    updates.add(`${u.action} ${u.period}`);
    const key = `progress/${u.action}/update/${slug(u.period)}`;
    b.addNode(key, ['ActionUpdate'], {
      id: key, period: u.period, status: u.status, commentary: u.commentary, revisedDate: u.revisedDate ?? null, recordedAt: u.recordedAt, recordedBy: by, illustrative: true,
    }, place);
    b.addLink('HAS_UPDATE', u.action, key, { illustrative: true }, place);
  });
}
