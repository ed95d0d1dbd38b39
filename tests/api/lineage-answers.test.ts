/**
 * Lineage an analyst can defend: kinds that follow from the links' counts, outcome links wherever sub-outcome
 * links cross outcomes, low-confidence judgements marked, and transitive steps that may concern only another
 * part flagged as such.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { LineageAnswerStepFragment } from '../generated/graphql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

graphql(`fragment LineageAnswerStep on LineageStep { kind basis confidence distance partOnly rationale direction
  from { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Theme { code } ... on StrategicPlan { period } }
  to { __typename ... on Outcome { code } ... on SubOutcome { code } ... on StrategicPlan { period } } }`);
/** An end of a step as asked: an item's code, or a plan's period. */
type End = { __typename: string; code?: string; period?: string | null };
const nameOf = (end: End) => end.code ?? end.period;
const name = (s: LineageAnswerStepFragment) => `${nameOf(s.from)} ${s.kind} ${nameOf(s.to)}`;

describe('lineage answers', () => {
  it('links Clean, Green Future to Great Communities, because 5.2 descends from GC.4; it is not NEW', async () => {
    const data = await server.ask(graphql(`query LineageAnswersOf5 { outcome(plan: "2022-26", code: "5") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }`));
    const direct = data.outcome!.lineage.filter((s) => s.distance === 1).map(name);
    expect(direct).toEqual(['GC SPLIT 5']);
    expect(data.outcome!.lineage.some((s) => s.kind === 'NEW' && nameOf(s.to) === '5')).toBe(false);
  });

  it('gives Wellbeing and Opportunity one kind rule: both its predecessors\' links are SPLIT_AND_MERGED', async () => {
    const data = await server.ask(graphql(`query LineageAnswersOfWO { outcome(plan: "2018-22", code: "WO") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }`));
    const fromThemes = data.outcome!.lineage.filter((s) => s.from.__typename === 'Theme').map(name).sort();
    expect(fromThemes).toEqual(['T3 SPLIT_AND_MERGED WO', 'T4 SPLIT_AND_MERGED WO']);
  });

  it('flags Improving Opportunities ← Wellbeing and Opportunity ← Better Care as concerning only another part', async () => {
    const data = await server.ask(graphql(`query LineageAnswersOf7 { outcome(plan: "2022-26", code: "7") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }`));
    const byName = new Map(data.outcome!.lineage.map((s) => [name(s), s]));
    expect(byName.get('WO SPLIT_AND_MERGED 7')).toMatchObject({ distance: 1, partOnly: false });
    expect(byName.get('T3 SPLIT_AND_MERGED WO')).toMatchObject({ distance: 2, partOnly: true });
    // The 2017 proposal became Wellbeing and Opportunity whole: what went to 7 came from it.
    expect(byName.get('O2 KEPT WO')).toMatchObject({ distance: 2, partOnly: false, basis: 'CITED' });
  });

  it('marks the judgements a reviewer doubts as LOW confidence, naming the alternative', async () => {
    const data = await server.ask(graphql(`query LineageAnswersDoubted {
      kps2: subOutcome(plan: "2018-22", code: "KPS.2") { lineage(direction: FORWARD) { ...LineageAnswerStep } }
      aqh: outcome(plan: "2018-22", code: "AQH") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }
      kps: outcome(plan: "2018-22", code: "KPS") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }
    }`));
    expect(data.kps2?.lineage[0]).toMatchObject({ kind: 'MERGED', confidence: 'LOW', rationale: expect.stringContaining('7.1') });
    expect(data.aqh?.lineage.find((s) => s.kind === 'NEW')).toMatchObject({ confidence: 'LOW', from: { period: '2014-18' } });
    expect(data.kps?.lineage.find((s) => nameOf(s.from) === 'T3')).toMatchObject({ kind: 'SPLIT_AND_MERGED', confidence: 'LOW' });
  });

  it('cites the 2017 → 2018-22 links to the sentence that states them, not to the identical wording', async () => {
    const data = await server.ask(graphql(`query LineageAnswersOfSE { outcome(plan: "2018-22", code: "SE") { lineage(direction: BACKWARD) { kind basis from { ... on Outcome { code } } citation { source { key } at quote } } } }`));
    expect(data.outcome!.lineage.find((s) => 'code' in s.from && s.from.code === 'O1')).toEqual({
      kind: 'KEPT', basis: 'CITED', from: { code: 'O1' },
      citation: { source: { key: 'hwb-2017-07-20' }, at: 'para 5', quote: expect.stringContaining('approved five priority outcomes for inclusion in its revised Strategic Plan') },
    });
  });

  it('records the plans\' own successions as judgements, with their reasons', async () => {
    const data = await server.ask(graphql(`query LineageAnswersSuccessions { plan(period: "2018-22") { relatedDocuments(kinds: [SUCCEEDED_BY]) { direction basis rationale other { key } } } }`));
    expect(data.plan!.relatedDocuments).toEqual(expect.arrayContaining([
      expect.objectContaining({ direction: 'INCOMING', basis: 'ANALYST_JUDGEMENT', other: { key: '2014-18' }, rationale: expect.stringContaining('revised Strategic Plan') }),
      expect.objectContaining({ direction: 'OUTGOING', basis: 'ANALYST_JUDGEMENT', other: { key: '2022-26' } }),
    ]));
  });
});
