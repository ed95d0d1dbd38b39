/**
 * Lineage an analyst can defend: kinds that follow from the links' counts, outcome links wherever sub-outcome
 * links cross outcomes, low-confidence judgements marked, and transitive steps that may concern only another
 * part flagged as such.
 */
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

const STEP = `kind basis confidence distance partOnly rationale direction
  from { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Theme { code } ... on StrategicPlan { period } }
  to { __typename ... on Outcome { code } ... on SubOutcome { code } ... on StrategicPlan { period } }`;
const name = (s: any) => `${s.from.code ?? s.from.period} ${s.kind} ${s.to.code ?? s.to.period}`;

describe('lineage answers', () => {
  it('links Clean, Green Future to Great Communities, because 5.2 descends from GC.4; it is not NEW', async () => {
    const data = await server.ask(`{ outcome(plan: "2022-26", code: "5") { lineage(direction: BACKWARD) { ${STEP} } } }`);
    const direct = data.outcome.lineage.filter((s: any) => s.distance === 1).map(name);
    expect(direct).toEqual(['GC SPLIT 5']);
    expect(data.outcome.lineage.some((s: any) => s.kind === 'NEW' && s.to.code === '5')).toBe(false);
  });

  it('gives Wellbeing and Opportunity one kind rule: both its predecessors\' links are SPLIT_AND_MERGED', async () => {
    const data = await server.ask(`{ outcome(plan: "2018-22", code: "WO") { lineage(direction: BACKWARD) { ${STEP} } } }`);
    const fromThemes = data.outcome.lineage.filter((s: any) => s.from.__typename === 'Theme').map(name).sort();
    expect(fromThemes).toEqual(['T3 SPLIT_AND_MERGED WO', 'T4 SPLIT_AND_MERGED WO']);
  });

  it('flags Improving Opportunities ← Wellbeing and Opportunity ← Better Care as concerning only another part', async () => {
    const data = await server.ask(`{ outcome(plan: "2022-26", code: "7") { lineage(direction: BACKWARD) { ${STEP} } } }`);
    const byName = new Map(data.outcome.lineage.map((s: any) => [name(s), s]));
    expect(byName.get('WO SPLIT_AND_MERGED 7')).toMatchObject({ distance: 1, partOnly: false });
    expect(byName.get('T3 SPLIT_AND_MERGED WO')).toMatchObject({ distance: 2, partOnly: true });
    // The 2017 proposal became Wellbeing and Opportunity whole: what went to 7 came from it.
    expect(byName.get('O2 KEPT WO')).toMatchObject({ distance: 2, partOnly: false, basis: 'CITED' });
  });

  it('marks the judgements a reviewer doubts as LOW confidence, naming the alternative', async () => {
    const data = await server.ask(`{
      kps2: subOutcome(plan: "2018-22", code: "KPS.2") { lineage(direction: FORWARD) { ${STEP} } }
      aqh: outcome(plan: "2018-22", code: "AQH") { lineage(direction: BACKWARD) { ${STEP} } }
      kps: outcome(plan: "2018-22", code: "KPS") { lineage(direction: BACKWARD) { ${STEP} } }
    }`);
    expect(data.kps2.lineage[0]).toMatchObject({ kind: 'MERGED', confidence: 'LOW', rationale: expect.stringContaining('7.1') });
    expect(data.aqh.lineage.find((s: any) => s.kind === 'NEW')).toMatchObject({ confidence: 'LOW', from: { period: '2014-18' } });
    expect(data.kps.lineage.find((s: any) => s.from.code === 'T3')).toMatchObject({ kind: 'SPLIT_AND_MERGED', confidence: 'LOW' });
  });

  it('cites the 2017 → 2018-22 links to the sentence that states them, not to the identical wording', async () => {
    const data = await server.ask(`{ outcome(plan: "2018-22", code: "SE") { lineage(direction: BACKWARD) { kind basis from { ... on Outcome { code } } citation { source { key } at quote } } } }`);
    expect(data.outcome.lineage.find((s: any) => s.from.code === 'O1')).toEqual({
      kind: 'KEPT', basis: 'CITED', from: { code: 'O1' },
      citation: { source: { key: 'hwb-2017-07-20' }, at: 'para 5', quote: expect.stringContaining('approved five priority outcomes for inclusion in its revised Strategic Plan') },
    });
  });

  it('records the plans\' own successions as judgements, with their reasons', async () => {
    const data = await server.ask('{ plan(period: "2018-22") { relatedDocuments(kinds: [SUCCEEDED_BY]) { direction basis rationale other { key } } } }');
    expect(data.plan.relatedDocuments).toEqual(expect.arrayContaining([
      expect.objectContaining({ direction: 'INCOMING', basis: 'ANALYST_JUDGEMENT', other: { key: '2014-18' }, rationale: expect.stringContaining('revised Strategic Plan') }),
      expect.objectContaining({ direction: 'OUTGOING', basis: 'ANALYST_JUDGEMENT', other: { key: '2022-26' } }),
    ]));
  });
});
