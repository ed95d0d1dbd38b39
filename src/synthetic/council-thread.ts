/**
 * One synthetic council's thread, shaped like the seed data and deterministic from (seed, council number):
 * three plan generations of outcomes, sub-outcomes, aims and a few hundred actions with owners, lineage
 * between generations, partner strategies and priorities aligned with the latest plan, departmental business
 * plans delivering actions, analyst SUPPORTS links, and an MTFS edition's savings lines with shares on outcomes. The skew is the real data's: action counts per
 * sub-outcome are heavy-tailed (a few sub-outcomes carry dozens, about one in seven carries none).
 *
 * Every row is ILLUSTRATIVE (flagged, and every title, name and quote says "synthetic"); keys are namespaced
 * by council (`c007-2022-26/3.2-A1-4`), so councils never collide. Rows are the import kinds' columns.
 */
import { Faker, en, en_GB } from '@faker-js/faker';
import { COUNCIL_THEMES, ACTION_VERBS, PARTNER_STRATEGIES, DEPARTMENTS, SAVINGS_MEASURES, type CouncilTheme } from './council-vocabulary.js';

export type Row = Record<string, string>;

export interface CouncilThread {
  prefix: string;
  threadItems: Row[];
  partnerPriorities: Row[];
  commitments: Row[];
  links: Row[];
  savingsLines: Row[];
}

export const PLAN_PERIODS = ['2014-18', '2018-22', '2022-26'] as const;

/** The MTFS years of the synthetic savings lines (amounts in £000, as the spreadsheet gives them). */
export const SAVINGS_YEARS = ['2022/23', '2023/24', '2024/25', '2025/26'] as const;

export const councilPrefix = (n: number) => `c${String(n).padStart(3, '0')}`;

const SYNTHETIC = '[synthetic, illustrative]';

export function buildCouncilThread(seed: number, n: number): CouncilThread {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed([seed, n]);
  const pick = <T>(items: readonly T[]) => faker.helpers.arrayElement(items);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  const chance = (p: number) => faker.number.float() < p;

  const prefix = councilPrefix(n);
  const place = `${faker.location.county()} ${n}`;
  const council = `${prefix}-council`;
  const threadItems: Row[] = [];
  const item = (row: Row) => threadItems.push({ illustrative: 'yes', ...row });
  const partnerPriorities: Row[] = [];
  const commitments: Row[] = [];
  const links: Row[] = [];

  item({ type: 'ORGANISATION', key: council, name: `${place} County Council (synthetic)`, kind: 'COUNCIL' });
  const departments = DEPARTMENTS.map((name, i) => {
    const key = `${prefix}-dept-${i + 1}`;
    item({ type: 'ORGANISATION', key, parent: council, name: `${name} (synthetic)`, kind: 'DEPARTMENT' });
    return key;
  });

  const themes = faker.helpers.shuffle([...COUNCIL_THEMES]).slice(0, 5);
  let previous: { outcomes: string[]; subOutcomes: string[][] } | undefined;
  let latest: { outcomes: string[]; subOutcomes: string[]; aims: string[]; actions: string[] } | undefined;

  for (const period of PLAN_PERIODS) {
    const plan = `${prefix}-${period}`;
    const paper = `${plan}-paper`;
    item({ type: 'SOURCE_DOCUMENT', key: paper, name: `${place} Strategic Plan ${period}: cabinet report (synthetic, illustrative benchmark paper)`, description: 'Synthetic text generated for benchmarking; not a council paper.' });
    // The key is namespaced by council; the period stays the plan's own, so `plan(council:, period: "2022-26")` finds it.
    item({ type: 'STRATEGIC_PLAN', key: plan, parent: council, period, name: `${place} Strategic Plan ${period} (synthetic)`, description: `${SYNTHETIC} A ${place} where everyone can thrive.` });
    let para = 0;
    const cite = (words: string) => ({ citation_source: paper, citation_at: `para ${++para}`, citation_quote: `${SYNTHETIC} ${words}` });
    const current = { outcomes: [] as string[], subOutcomes: [] as string[][], flatSubs: [] as string[], aims: [] as string[], actions: [] as string[] };

    themes.forEach((theme: CouncilTheme, o) => {
      const code = String(o + 5);
      const outcome = `${plan}/${code}`;
      const before = previous?.outcomes[o];
      item({
        type: 'OUTCOME', key: outcome, parent: plan, code, name: theme.name, description: `${theme.name}: ${theme.statement}`,
        ...(before ? { succeeds: before, succession: chance(0.8) ? 'KEPT' : 'RENAMED' } : {}), ...cite(theme.statement),
      });
      current.outcomes.push(outcome);
      const subs: string[] = [];
      const subCount = int(3, 6);
      for (let s = 0; s < subCount; s++) {
        const subCode = `${code}.${s + 1}`;
        const sub = `${plan}/${subCode}`;
        const subName = `${pick(theme.subjects)} ${pick(['for all', 'in every community', 'across the county', 'where it matters most', 'for families'])}`;
        const beforeSub = previous?.subOutcomes[o]?.[s];
        item({
          type: 'SUB_OUTCOME', key: sub, parent: outcome, code: subCode, name: subName,
          ...(beforeSub && chance(0.7) ? { succeeds: beforeSub, succession: pick(['KEPT', 'KEPT', 'RENAMED', 'MERGED']) } : {}), ...cite(subName),
        });
        subs.push(sub);
        // Heavy tail: most sub-outcomes have a handful of actions, a few have dozens, about 1 in 7 has none.
        const actionCount = chance(0.15) ? 0 : Math.min(60, Math.floor(2 * Math.pow(faker.number.float({ min: 0.02, max: 1 }), -0.9)));
        const aimCount = actionCount === 0 ? (chance(0.3) ? 1 : 0) : int(1, 4);
        const aims = Array.from({ length: aimCount }, (_, a) => {
          const aimCode = `${subCode}-A${a + 1}`;
          const aim = `${plan}/${aimCode}`;
          const text = `${pick(['Improve', 'Increase', 'Reduce gaps in', 'Protect', 'Grow'])} ${pick(theme.subjects).toLowerCase()}`;
          item({ type: 'AIM', key: aim, parent: sub, code: aimCode, name: text, ...cite(text) });
          current.aims.push(aim);
          return aim;
        });
        for (let a = 0; a < actionCount; a++) {
          const underAim = aims.length > 0 && chance(0.8);
          const parent = underAim ? aims[a % aims.length]! : sub;
          const actionCode = `${underAim ? parent.split('/')[1] : subCode}-${a + 1}`;
          const key = `${plan}/${actionCode}`;
          const text = `${pick(ACTION_VERBS)} ${pick(theme.objects)} ${pick(theme.qualifiers)}`;
          item({ type: 'ACTION', key, parent, code: actionCode, name: text, owner: pick(departments), ...cite(text) });
          current.actions.push(key);
        }
      }
      current.subOutcomes.push(subs);
      current.flatSubs.push(...subs);
    });
    previous = current;
    latest = { outcomes: current.outcomes, subOutcomes: current.flatSubs, aims: current.aims, actions: current.actions };
  }

  const plan = latest!;
  // Partner strategies (owned by partnerships), their priorities, and their alignment with the latest plan.
  PARTNER_STRATEGIES.forEach((strategy, i) => {
    const partnership = `${prefix}-partnership-${i + 1}`;
    const document = `${prefix}-${strategy.code.toLowerCase()}`;
    item({ type: 'ORGANISATION', key: partnership, name: `${place} ${strategy.partnership} (synthetic)`, kind: 'PARTNERSHIP' });
    item({ type: 'PARTNER_STRATEGY', key: document, parent: partnership, name: `${place} ${strategy.title} (synthetic)` });
    const top = int(4, 6);
    for (let p = 1; p <= top; p++) {
      const code = `${strategy.code}-${p}`;
      partnerPriorities.push({ strategy: document, code, name: `${pick(strategy.priorities)} (synthetic)`, parent: '', description: '', illustrative: 'yes' });
      const codes = [code];
      for (let q = 1; q <= int(0, 3); q++) {
        const subCode = `${code}.${q}`;
        partnerPriorities.push({ strategy: document, code: subCode, name: `${pick(strategy.priorities)}: ${pick(['prevention', 'access', 'outcomes', 'workforce'])} (synthetic)`, parent: code, description: '', illustrative: 'yes' });
        codes.push(subCode);
      }
      for (const c of codes) {
        if (chance(0.3)) continue;
        const targets = faker.helpers.arrayElements([...plan.subOutcomes, ...plan.outcomes], int(1, 2));
        for (const to of targets) {
          links.push({ from: `${document}/${c}`, kind: 'ALIGNS_WITH', to, rationale: `${SYNTHETIC} Shared aim.`, strength: chance(0.4) ? 'PRIMARY' : 'CONTRIBUTORY', share: '' });
        }
      }
    }
  });

  // Departmental business plans: commitments delivering actions and aims of the latest plan.
  departments.forEach((department, d) => {
    const businessPlan = `${prefix}-bp-2023-24-dept-${d + 1}`;
    for (let c = 1; c <= int(5, 12); c++) {
      const delivers = faker.helpers.arrayElements([...plan.actions, ...plan.aims], int(1, 3));
      commitments.push({
        business_plan: businessPlan, department, year: '2023/24', title: `${DEPARTMENTS[d]} Business Plan 2023/24 (synthetic)`,
        code: `BP${d + 1}-${c}`, text: `${pick(ACTION_VERBS)} ${pick(pick(COUNCIL_THEMES).objects)} (synthetic)`, delivers: delivers.join(';'), illustrative: 'yes',
      });
    }
  });

  // Analyst links: actions that also support a sub-outcome of another outcome.
  const supports = new Set<string>();
  for (let i = 0; i < int(15, 30) && plan.actions.length; i++) {
    const from = pick(plan.actions);
    const to = pick(plan.subOutcomes);
    if (supports.has(`${from}|${to}`)) continue;
    supports.add(`${from}|${to}`);
    links.push({ from, kind: 'SUPPORTS', to, rationale: `${SYNTHETIC} Cross-cutting action.`, strength: 'CONTRIBUTORY', share: '' });
  }

  // The MTFS edition of the latest plan and a few hundred savings lines, most apportioned to its outcomes.
  const edition = `${prefix}-mtfs-2022-26`;
  item({ type: 'FINANCIAL_STRATEGY', key: edition, parent: council, period: `${SAVINGS_YEARS[0]} to ${SAVINGS_YEARS.at(-1)}`, name: `${place} Medium Term Financial Strategy 2022/23-2025/26 (synthetic)` });
  const savingsLines: Row[] = [];
  const lineCount = int(150, 300);
  for (let i = 1; i <= lineCount; i++) {
    const amounts = SAVINGS_YEARS.map(() => (chance(0.3) ? 0 : int(5, 900)));
    const targets = chance(0.15) ? [] : faker.helpers.arrayElements([...plan.outcomes, ...plan.subOutcomes], int(1, 3));
    let left = 100;
    const affects = targets.map((t, j) => {
      const share = j === targets.length - 1 ? (chance(0.8) ? left : Math.max(1, left - 20)) : int(1, Math.max(1, left - (targets.length - j - 1)));
      left -= share;
      return `${t} ${share}%`;
    });
    savingsLines.push({
      edition, reference: `S${i}`, department: pick(departments), description: `${pick(SAVINGS_MEASURES)} (synthetic)`,
      status: pick(['proposed', 'approved', 'approved', 'delivered', 'on track', 'at risk', 'unachievable']),
      ...Object.fromEntries(SAVINGS_YEARS.map((y, j) => [y, String(amounts[j])])), affects: affects.join('; '), illustrative: 'yes',
    });
  }

  return { prefix, threadItems, partnerPriorities, commitments, links, savingsLines };
}
