/**
 * The coverage statement: for every sub-outcome of the plans asked about, which kinds of support it has
 * listed in the thread (and whether any of it is not illustrative), and which kinds a paper says it has
 * without listing them (UnlistedSupport). Outcomes without sub-outcomes appear once with a null sub-outcome.
 * Kinds whose data has not been loaded (measures, partner priorities, commitments) are simply absent.
 */
import type { Executor } from '../../neo4j/database.js';
import { toOutcome, toSubOutcome } from '../plans/plans.records.js';
import type { Stored } from '../provenance/provenance.models.js';
import type { OutcomeModel, SubOutcomeModel } from '../plans/plans.models.js';
import { EXISTED, type SupportQuestion } from './traceability.repository.js';
import { SUPPORT_TYPES, type SubOutcomeCoverageModel, type SupportType } from './traceability.models.js';

/** Not illustrative data (a node or link without the flag is the council's or an analyst's). */
const OWN = (...xs: string[]) => xs.map((x) => `coalesce(${x}.illustrative, false) = false`).join(' AND ');

/**
 * Each kind as a pattern and the variables whose `illustrative` flag decides whether that support is the
 * council's own. Every pattern starts at the sub-outcome `s`; one EXISTS per kind and flavour.
 */
const KINDS: Record<SupportType, { match: string; existed: string[]; own: string[] }[]> = {
  AIM: [{ match: '(s)-[:HAS_AIM]->(x:Aim)', existed: ['x'], own: ['x'] }],
  ACTION: [
    { match: '(s)-[:HAS_ACTION]->(x:Action)', existed: ['x'], own: ['x'] },
    { match: '(s)-[:HAS_AIM]->(y:Aim)-[:HAS_ACTION]->(x:Action)', existed: ['y', 'x'], own: ['y', 'x'] },
    { match: '(s)<-[l:SUPPORTS]-(x:Action)', existed: ['l', 'x'], own: ['l', 'x'] },
  ],
  OWNER: [
    { match: '(s)-[l:OWNED_BY]->(o:Organisation)', existed: [], own: ['l', 'o'] },
    { match: '(s)-[:HAS_AIM|HAS_ACTION*1..2]->(x:Action)-[l:OWNED_BY]->(o:Organisation)', existed: ['x'], own: ['x', 'l', 'o'] },
  ],
  MEASURE: [
    { match: '(s)-[:MEASURED_BY]->(m:Measure)', existed: ['m'], own: ['m'] },
    { match: '(s)-[:HAS_AIM]->(y:Aim)-[:MEASURED_BY]->(m:Measure)', existed: ['y', 'm'], own: ['y', 'm'] },
  ],
  PARTNER_PRIORITY: [{ match: '(s)<-[l:ALIGNS_WITH]-(priority)', existed: ['l', 'priority'], own: ['l', 'priority'] }],
  BUSINESS_PLAN_COMMITMENT: [{ match: '(s)-[:HAS_AIM|HAS_ACTION*0..2]->(x)<-[l:DELIVERS]-(c)', existed: ['x', 'l', 'c'], own: ['l', 'c'] }],
};

function exists(type: SupportType, ownOnly: boolean): string {
  return '(' + KINDS[type].map(({ match, existed, own }) => {
    const conditions = [...existed.map(EXISTED), ...(ownOnly ? [OWN(...own)] : [])];
    return `EXISTS { MATCH ${match}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''} }`;
  }).join(' OR ') + ')';
}

const STATED = (x: string) => `reduce(k = [], u IN [(${x})-[:HAS_UNLISTED_SUPPORT]->(u:UnlistedSupport) WHERE u.retiredAt IS NULL | u.kinds] | k + u)`;

type Row = { question: number; planKey: string; outcomeKey: string | null; subOutcomeKey: string | null; o: Stored | null; s: Stored | null;
  stated: string[] | null; outcomeStated: string[]; planStated: string[] } & Record<string, boolean>;

export async function findCoverage(db: Executor, questions: readonly SupportQuestion[]): Promise<{ coverage: SubOutcomeCoverageModel & { question: number }; outcome: OutcomeModel | null; subOutcome: SubOutcomeModel | null }[]> {
  const rows = await db.read<Row>(
    'traceability.coverage',
    `UNWIND $questions AS q
     MATCH (p:StrategicPlan {key: q.key})
     // A plan organised by themes has no outcomes: one row still says what the papers state for the plan.
     OPTIONAL MATCH (p)-[:HAS_OUTCOME]->(o:Outcome) WHERE ${EXISTED('o')}
     OPTIONAL MATCH (o)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE ${EXISTED('s')}
     WITH q, p, o, s ORDER BY q.index, o.order, s.order
     RETURN q.index AS question, p.key AS planKey, o.key AS outcomeKey, s.key AS subOutcomeKey, properties(o) AS o, properties(s) AS s,
       CASE WHEN s IS NULL THEN null ELSE ${STATED('s')} END AS stated, CASE WHEN o IS NULL THEN [] ELSE ${STATED('o')} END AS outcomeStated, ${STATED('p')} AS planStated,
       ${SUPPORT_TYPES.map((t) => `s IS NOT NULL AND ${exists(t, false)} AS ${t}, s IS NOT NULL AND ${exists(t, true)} AS OWN_${t}`).join(',\n       ')}`,
    { questions: questions.map((q, index) => ({ index, key: q.key, asOf: q.asOf })) },
  );
  const kinds = (list: string[] | null) => [...new Set(list ?? [])].filter((k): k is SupportType => (SUPPORT_TYPES as readonly string[]).includes(k));
  return rows.map((r) => ({
    coverage: {
      question: r.question,
      planKey: r.planKey,
      outcomeKey: r.outcomeKey,
      subOutcomeKey: r.subOutcomeKey,
      has: Object.fromEntries(SUPPORT_TYPES.map((t) => [t, r[t] === true])) as SubOutcomeCoverageModel['has'],
      hasOwn: Object.fromEntries(SUPPORT_TYPES.map((t) => [t, r[`OWN_${t}`] === true])) as SubOutcomeCoverageModel['has'],
      stated: kinds(r.stated),
      outcomeStated: kinds(r.outcomeStated),
      planStated: kinds(r.planStated),
    },
    // The rows hold the items themselves, so the gaps' `outcome` and `subOutcome` need no statement of their own.
    outcome: r.o ? toOutcome(r.planKey, r.o) : null,
    subOutcome: r.s && r.outcomeKey ? toSubOutcome(r.outcomeKey, r.s) : null,
  }));
}
