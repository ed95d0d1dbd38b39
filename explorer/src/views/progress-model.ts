/**
 * The progress view's data: the answer's shapes, the council's words for ratings and statuses, the periods
 * a plan can be viewed for, and the rows its tables and CSV files show. No DOM, so unit tests run it as it is.
 */

export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'NO_TARGET' | 'NO_DATA';
export type ActionStatus = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETE' | 'STOPPED';

export interface Counts {
  illustrative: boolean;
  actionsNeverUpdated: number;
  actionsByStatus: { status: ActionStatus; count: number; previousCount: number }[];
  measuresByRag: { rag: Rag; count: number; previousCount: number }[];
}

export interface Value {
  id: string;
  period: { label: string };
  value: number;
  target: number | null;
  rag: Rag;
  source: string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  illustrative: boolean;
}

/** A value as a chart draws it. */
export interface Point { period: { label: string }; value: number; target: number | null; rag: Rag }

/** An item a measure judges, up to its outcome (`Measure.assesses`). */
export interface Judged { item: { __typename: string; id?: string; outcome?: { id: string }; subOutcome?: { outcome: { id: string } } | null } }

/** A measure: its rating for the period, its rules, and its window of values, each with source and note. */
export interface Measure {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | null;
  tolerance: number;
  illustrative: boolean;
  rag: Rag;
  assesses: Judged[];
  trend: { trend: string; change: number | null; values: Value[] };
}

export interface OutcomeProgress {
  id: string;
  code: string;
  name: string;
  progress: Counts;
}

export interface Update {
  id: string;
  period: { label: string };
  status: ActionStatus;
  commentary: string;
  revisedDate: string | null;
  recordedAt: string;
  recordedBy: string;
  illustrative: boolean;
}

export interface ActionEdge {
  how: 'UNDER_AIM' | 'UNDER_SUB_OUTCOME' | 'LINKED';
  subOutcome: { code: string } | null;
  aim: { code: string } | null;
  node: { id: string; code: string; text: string; illustrative: boolean; owner: { name: string } | null; latestUpdate: Update | null };
}

export interface StaleAction {
  action: { id: string; code: string; text: string };
  owner: { name: string } | null;
  lastUpdate: { id: string; period: { label: string }; status: ActionStatus; commentary: string } | null;
}

export interface ProgressAnswer {
  plans: { period: string; title: string }[];
  period: { label: string; kind: string; start: string; end: string; previous: { label: string } };
  plan: { id: string; period: string; title: string; progress: Counts; staleActions: StaleAction[]; outcomes: OutcomeProgress[] } | null;
  measures: Measure[];
  outcome?: { id: string; code: string; name: string; supportingActions: { totalCount: number; edges: ActionEdge[] } } | null;
}

/** Shown wherever illustrative figures are (the view, the report page). */
export const ILLUSTRATIVE_NOTICE = 'Illustrative figures: the council\'s papers give no targets, values or owners\' updates, so these were invented for demonstration (seeds/illustrative/progress.yaml); every figure resting on them is marked illustrative.';

export const RAG_WORDS: Record<Rag, string> = { GREEN: 'green', AMBER: 'amber', RED: 'red', NO_TARGET: 'no target', NO_DATA: 'no data' };
export const STATUS_WORDS: Record<ActionStatus, string> = {
  NOT_STARTED: 'not started', ON_TRACK: 'on track', AT_RISK: 'at risk', OFF_TRACK: 'off track', COMPLETE: 'complete', STOPPED: 'stopped',
};
/** A flag as a CSV cell a reader understands (csv-stringify would write 1 or nothing). */
export const yesNo = (flag: boolean): string => (flag ? 'yes' : 'no');

export const words = (code: string): string => code.toLowerCase().replace(/_/g, ' ');

/** A number as the API recorded it, without float noise (as the Word document prints it). */
export const figure = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** The outcomes a measure judges: itself, or the outcome above the sub-outcome or aim it judges. */
export function outcomesJudged(m: { assesses: Judged[] }): string[] {
  return m.assesses.map(({ item }) => item.id && item.__typename === 'Outcome' ? item.id : item.outcome?.id ?? item.subOutcome?.outcome.id)
    .filter((id): id is string => Boolean(id));
}

/**
 * The measures judging an outcome or anything below it (its sub-outcomes and their aims), in the API's order:
 * the set the outcome's roll-up counts.
 */
export function measuresOf<M extends { assesses: Judged[] }>(outcomeId: string, measures: M[]): M[] {
  return measures.filter((m) => outcomesJudged(m).includes(outcomeId));
}

/** The measure's value for exactly the period asked, if the API's window holds one. */
export function valueIn<P extends Point>(measure: { trend: { values: P[] } }, period: string): P | undefined {
  return measure.trend.values.find((v) => v.period.label === period);
}

/** A plan period as the papers write it (`2022-26`) as its financial years: 2022/23 to 2025/26. */
export function financialYears(planPeriod: string): string[] {
  const match = /^(\d{4})-(\d{2}|\d{4})$/.exec(planPeriod.trim());
  if (!match) return [];
  const first = Number(match[1]);
  let last = match[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  if (match[2]!.length === 2 && last <= first) last += 100; // 1999-00 ends in 2000
  const years: string[] = [];
  for (let y = first; y < Math.max(last, first + 1); y++) years.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return years;
}

/** The periods the picker offers: each financial year of the plan and its quarters (and the one asked, if other). */
export function periodChoices(planPeriod: string, current: string): { value: string; text: string; group: string }[] {
  const choices = financialYears(planPeriod).flatMap((year) => [
    { value: year, text: `${year} (the whole year)`, group: year },
    ...[1, 2, 3, 4].map((q) => ({ value: `${year} Q${q}`, text: `${year} Q${q} (${['April-June', 'July-September', 'October-December', 'January-March'][q - 1]})`, group: year })),
  ]);
  return choices.some((c) => c.value === current) ? choices : [{ value: current, text: current, group: 'Asked for' }, ...choices];
}

/**
 * The period a view opens at when its URL names none: the latest quarter any of the plan's measures has a
 * value for (else the latest year, else the plan's first quarter). Labels of one kind sort by time.
 */
export function defaultPeriod(planPeriod: string, valuePeriods: { label: string; kind: string }[]): string {
  const latest = (kind: string) => valuePeriods.filter((p) => p.kind === kind).map((p) => p.label).sort().at(-1);
  return latest('QUARTER') ?? latest('YEAR') ?? `${financialYears(planPeriod)[0] ?? '2022/23'} Q1`;
}

/** The overview's table (and CSV): one row per outcome, the roll-up's counts for the period. */
export function outcomeRows(outcomes: OutcomeProgress[]): { header: string[]; rows: (string | number)[][] } {
  const rags = Object.keys(RAG_WORDS) as Rag[];
  const statuses = Object.keys(STATUS_WORDS) as ActionStatus[];
  return {
    header: ['Outcome', ...rags.map((r) => `Measures ${RAG_WORDS[r]}`), ...statuses.map((s) => `Actions ${STATUS_WORDS[s]}`), 'Actions never updated'],
    rows: outcomes.map((o) => [
      `${o.code} ${o.name}`,
      ...rags.map((r) => o.progress.measuresByRag.find((x) => x.rag === r)?.count ?? 0),
      ...statuses.map((s) => o.progress.actionsByStatus.find((x) => x.status === s)?.count ?? 0),
      o.progress.actionsNeverUpdated,
    ]),
  };
}

/** The drill-down's values table (and CSV): every value in each measure's window, with its source and note. */
export function valueRows(measures: Measure[]): string[][] {
  return measures.flatMap((m) => m.trend.values.map((v) => [`${m.code} ${m.name}`, v.period.label, figure(v.value), v.target == null ? '' : figure(v.target), RAG_WORDS[v.rag], v.source ?? '', v.note ?? '', yesNo(v.illustrative)]));
}

/** The actions listed under the outcome (what the roll-up counts), each once; linked ones are counted apart. */
export function listedActions(edges: ActionEdge[]): { listed: ActionEdge[]; linked: number } {
  const listed = new Map<string, ActionEdge>();
  for (const e of edges) if (e.how !== 'LINKED' && !listed.has(e.node.id)) listed.set(e.node.id, e);
  const linked = new Set(edges.filter((e) => e.how === 'LINKED' && !listed.has(e.node.id)).map((e) => e.node.id));
  return { listed: [...listed.values()], linked: linked.size };
}

/** A count summary in words, e.g. "2 green, 1 red" (zeros left out), or "none". */
export function countWords<T extends { count: number }>(list: T[], key: (x: T) => string): string {
  return list.filter((x) => x.count > 0).map((x) => `${x.count} ${words(key(x))}`).join(', ') || 'none';
}

export type Monitoring = { board: { key: string; name: string }; item: { __typename: string } };
export type DefaultsAnswer = {
  plan: { outcomes: { id: string }[]; monitoring: Monitoring[] } | null;
  measures: { assesses: Judged[]; values: { period: { label: string; kind: string } }[] }[];
};

/** Every period the plan's measures (those judging its outcomes or below) have a value for. */
export function valuePeriods(d: DefaultsAnswer): { label: string; kind: string }[] {
  const outcomes = new Set((d.plan?.outcomes ?? []).map((o) => o.id));
  return d.measures.filter((m) => outcomesJudged(m).some((id) => outcomes.has(id))).flatMap((m) => m.values.map((v) => v.period));
}

/** The boards that monitor an outcome of the plan (those with an Outcome Board report), each once. */
export function reportingBoards(plan: { monitoring: Monitoring[] } | null | undefined): { key: string; name: string }[] {
  const boards = (plan?.monitoring ?? []).filter((m) => m.item.__typename === 'Outcome').map((m) => m.board);
  return [...new Map(boards.map((b) => [b.key, b])).values()];
}
