/**
 * Compiles the illustrative files: partner priorities (and the partnerships that own the strategies) and
 * departmental business plans with their commitments. Every node and link from them carries
 * `illustrative: true`, so every answer built on them can say so.
 */
import type { PartnerPriorityInput } from './seed-files.schema.js';
import type { Place, SeedBuilder } from './seed-builder.js';

export function addPartnerPriorities(b: SeedBuilder): void {
  const partners = b.seeds.partners;
  if (!partners) return;
  const file = 'seeds/illustrative/partner-priorities.yaml';
  partners.organisations.forEach((o, i) => {
    const place = { file, record: `organisations[${i}] (${o.key})` };
    b.addNode(o.key, ['Organisation'], { name: o.name, kind: o.kind, illustrative: true }, place);
  });
  const addPriority = (documentKey: string, parentKey: string, priority: PartnerPriorityInput, order: number, place: Place) => {
    const key = `${documentKey}/${priority.code}`;
    b.addNode(key, ['PartnerPriority'], { code: priority.code, name: priority.name, description: priority.description, order, illustrative: true }, place);
    b.addLink('HAS_PRIORITY', parentKey, key, { illustrative: true }, place);
    priority.alignsWith.forEach((a, j) => {
      const aPlace = { ...place, record: `${place.record}.alignsWith[${j}]` };
      b.addLink('ALIGNS_WITH', key, a.to, { strength: a.strength, rationale: a.rationale, basis: 'ILLUSTRATIVE', illustrative: true }, aPlace);
      b.expect(a.to, aPlace, 'to', ['Outcome', 'SubOutcome']);
    });
    priority.subPriorities.forEach((sub, j) => addPriority(documentKey, key, sub, j + 1, { ...place, record: `${place.record}.subPriorities[${j}] (${sub.code})` }));
  };
  partners.strategies.forEach((strategy, i) => {
    const place = { file, record: `strategies[${i}] (${strategy.document})` };
    const document = b.nodes.get(strategy.document);
    if (document && document.props.kind !== 'PARTNER_STRATEGY') {
      b.problem(place, 'document', `"${strategy.document}" is a ${String(document.props.kind)}, not a PARTNER_STRATEGY`);
    }
    if (strategy.owner) b.addLink('OWNED_BY', strategy.document, strategy.owner, { illustrative: true }, place, ':illustrative');
    strategy.priorities.forEach((p, j) => addPriority(strategy.document, strategy.document, p, j + 1, { ...place, record: `${place.record}.priorities[${j}] (${p.code})` }));
  });
}

export function addBusinessPlans(b: SeedBuilder): void {
  const businessPlans = b.seeds.businessPlans;
  if (!businessPlans) return;
  const file = 'seeds/illustrative/business-plans.yaml';
  businessPlans.departments.forEach((d, i) => {
    const place = { file, record: `departments[${i}] (${d.key})` };
    b.addNode(d.key, ['Organisation'], { name: d.name, kind: 'DEPARTMENT', illustrative: true }, place);
    b.addLink('PART_OF', d.key, 'lcc', { illustrative: true }, place);
  });
  businessPlans.plans.forEach((bp, i) => {
    const place = { file, record: `plans[${i}] (${bp.key})` };
    b.addNode(bp.key, ['Document'], { kind: 'BUSINESS_PLAN', title: bp.title, period: bp.year, status: 'approved', illustrative: true }, place);
    b.addLink('OWNED_BY', bp.key, bp.department, { illustrative: true }, place);
    if (bp.partOf) b.addLink('PART_OF', bp.key, bp.partOf, { illustrative: true }, place);
    bp.commitments.forEach((c, j) => {
      const cPlace = { ...place, record: `${place.record}.commitments[${j}] (${c.code})` };
      const key = `${bp.key}/${c.code}`;
      b.addNode(key, ['BusinessPlanCommitment'], { code: c.code, text: c.text, order: j + 1, illustrative: true }, cPlace);
      b.addLink('HAS_COMMITMENT', bp.key, key, { illustrative: true }, cPlace);
      c.delivers.forEach((target) => {
        b.addLink('DELIVERS', key, target, { basis: 'ILLUSTRATIVE', illustrative: true, rationale: 'Illustrative business plan commitment.' }, cPlace);
        b.expect(target, cPlace, 'delivers', ['Action', 'Aim', 'SubOutcome']);
      });
    });
  });
}
