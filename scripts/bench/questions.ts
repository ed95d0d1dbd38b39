/**
 * The benchmark's fixed questions, each written three ways over the same graph: the floor (the best single
 * Cypher statement for it, sent with neo4j-driver), this API's GraphQL, and @neo4j/graphql's generated schema
 * (typeDefs in generic-layer.ts). All ask about council c001 (present at every size of the scaling curve);
 * `targets` are looked up once per run (the sub-outcome of the latest plan with the most actions, and so on).
 */
export interface Targets {
  plan: string;
  subOutcomeKey: string;
  subOutcomeCode: string;
  pathFrom: { key: string; id: string };
  pathTo: { key: string; id: string };
  searchText: string;
  edition: string;
}

export interface Question {
  name: string;
  /** Nested questions (several levels of the tree in one answer): the throughput target applies to them. */
  nested: boolean;
  floor: (t: Targets) => { cypher: string; params: Record<string, unknown> };
  api: (t: Targets) => { query: string; variables: Record<string, unknown> };
  /** Null when the generic layer cannot ask it at all. */
  generic: ((t: Targets) => { query: string; variables: Record<string, unknown>; note?: string }) | null;
}

const LIVE = (x: string) => `${x}.retiredAt IS NULL`;

export const TARGETS_CYPHER = `
  MATCH (p:StrategicPlan {key: $plan})-[:HAS_OUTCOME]->(:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome)
  WITH s, COUNT { (s)-[:HAS_AIM|HAS_ACTION*1..2]->(:Action) } AS actions ORDER BY actions DESC, s.key LIMIT 1
  MATCH (s)-[:HAS_AIM]->(:Aim)-[:HAS_ACTION]->(a:Action)
  WITH s, a ORDER BY a.key LIMIT 1
  OPTIONAL MATCH (s)<-[:HAS_SUB_OUTCOME]-(:Outcome)-[:HAS_SUB_OUTCOME]->(:SubOutcome)<-[:ALIGNS_WITH]-(pp:PartnerPriority)
  WITH s, a, pp ORDER BY pp.key LIMIT 1
  RETURN s.key AS subOutcomeKey, s.code AS subOutcomeCode, a.key AS fromKey, labels(a) AS fromLabels, pp.key AS toKey`;

export const QUESTIONS: Question[] = [
  {
    name: 'supporting actions of a sub-outcome (with aims and citations)',
    nested: true,
    floor: (t) => ({
      params: { key: t.subOutcomeKey },
      cypher: `MATCH (s:SubOutcome {key: $key})
        CALL (s) {
          MATCH (s)-[:HAS_AIM]->(aim:Aim)-[:HAS_ACTION]->(a:Action) WHERE ${LIVE('aim')} AND ${LIVE('a')} RETURN a, aim, 'UNDER_AIM' AS how
          UNION ALL MATCH (s)-[:HAS_ACTION]->(a:Action) WHERE ${LIVE('a')} RETURN a, null AS aim, 'UNDER_SUB_OUTCOME' AS how
          UNION ALL MATCH (s)<-[l:SUPPORTS]-(a:Action) WHERE ${LIVE('l')} AND ${LIVE('a')} RETURN a, null AS aim, 'LINKED' AS how
        }
        OPTIONAL MATCH (src:SourceDocument {key: a.citationSource})
        RETURN how, a.code AS code, a.text AS text, aim.code AS aimCode, aim.text AS aimText,
               a.citationAt AS at, a.citationQuote AS quote, src.key AS source, src.title AS sourceTitle`,
    }),
    api: (t) => ({
      variables: { plan: t.plan, code: t.subOutcomeCode },
      query: `query($plan: String!, $code: String!) { subOutcome(plan: $plan, code: $code) { code name
        supportingActions(first: 200) { totalCount edges { how aim { code text } node { code text citation { at quote source { key title } } } } } } }`,
    }),
    generic: (t) => ({
      variables: { key: t.subOutcomeKey },
      query: `query($key: String!) { subOutcomes(where: { key: { eq: $key } }) { code name
        aims { code text actions { code text citationAt citationQuote source { key title } } }
        actions { code text citationAt citationQuote source { key title } }
        supportedBy { code text citationAt citationQuote source { key title } } } }`,
    }),
  },
  {
    name: 'coverage gaps of a plan',
    nested: true,
    floor: (t) => ({
      params: { plan: t.plan },
      cypher: `MATCH (:StrategicPlan {key: $plan})-[:HAS_OUTCOME]->(o:Outcome)-[:HAS_SUB_OUTCOME]->(s:SubOutcome) WHERE ${LIVE('o')} AND ${LIVE('s')}
        WITH o, s,
          EXISTS { (s)-[:HAS_AIM]->(:Aim) } AS aim,
          EXISTS { (s)-[:HAS_AIM|HAS_ACTION*1..2]->(:Action) } OR EXISTS { (s)<-[:SUPPORTS]-(:Action) } AS action,
          EXISTS { (s)-[:HAS_AIM|HAS_ACTION*1..2]->(:Action)-[:OWNED_BY]->(:Organisation) } AS owner,
          EXISTS { (s)-[:HAS_AIM*0..1]->()-[:MEASURED_BY]->() } AS measure,
          EXISTS { (s)<-[:ALIGNS_WITH]-(:PartnerPriority) } AS partner,
          EXISTS { (s)-[:HAS_AIM|HAS_ACTION*0..2]->()<-[:DELIVERS]-(:BusinessPlanCommitment) } AS commitment
        WHERE NOT (aim AND action AND owner AND measure AND partner AND commitment)
        RETURN o.code AS outcome, s.code AS subOutcome, aim, action, owner, measure, partner, commitment ORDER BY o.order, s.order`,
    }),
    api: (t) => ({
      variables: { plan: t.plan },
      query: `query($plan: String!) { plan(period: $plan) { coverage { completeness gaps { subOutcome { code name } lacks } } } }`,
    }),
    generic: (t) => ({
      variables: { plan: t.plan },
      note: 'counts per sub-outcome; the gaps are worked out by the client',
      query: `query($plan: String!) { strategicPlans(where: { key: { eq: $plan } }) { outcomes { code subOutcomes { code name
        aimsConnection { aggregate { count { nodes } } } actionsConnection { aggregate { count { nodes } } }
        aims { actionsConnection { aggregate { count { nodes } } } actions { owner { key } } } actions { owner { key } }
        supportedByConnection { aggregate { count { nodes } } } alignedByConnection { aggregate { count { nodes } } }
        deliveredByConnection { aggregate { count { nodes } } } } } } }`,
    }),
  },
  {
    name: 'alignment matrix of a plan',
    nested: true,
    floor: (t) => ({
      params: { plan: t.plan },
      cypher: `MATCH (:StrategicPlan {key: $plan})-[:HAS_OUTCOME]->(o:Outcome)
        OPTIONAL MATCH (o)-[:HAS_SUB_OUTCOME*0..1]->(t)<-[l:ALIGNS_WITH]-(p:PartnerPriority)<-[:HAS_PRIORITY*1..3]-(d:Document)
        WHERE ${LIVE('l')} AND ${LIVE('p')}
        WITH o, d, count(l) AS links, count(CASE WHEN l.strength = 'PRIMARY' THEN 1 END) AS primary
        RETURN o.code AS outcome, d.key AS strategy, d.title AS title, links, primary, links - primary AS contributory ORDER BY o.order, strategy`,
    }),
    api: (t) => ({
      variables: { plan: t.plan },
      query: `query($plan: String!) { plan(period: $plan) { alignmentMatrix { strategies { key title } rows { outcome { code } links
        cells { strategy { key } links primary contributory } } } } }`,
    }),
    generic: (t) => ({
      variables: { plan: t.plan },
      note: 'alignments fetched per outcome and sub-outcome, each priority walked up to its strategy; the counting is the client\'s',
      query: `query($plan: String!) { strategicPlans(where: { key: { eq: $plan } }) { outcomes { code
        alignedByConnection { edges { properties { strength } node { key strategy { key title } parent { strategy { key title } parent { strategy { key title } } } } } }
        subOutcomes { alignedByConnection { edges { properties { strength } node { key strategy { key title } parent { strategy { key title } parent { strategy { key title } } } } } } } } } }`,
    }),
  },
  {
    name: 'savings totals per outcome',
    nested: true,
    floor: (t) => ({
      params: { edition: t.edition, plan: t.plan },
      // Each part floored to the penny (the API also hands out the leftover pennies so totals reconcile).
      cypher: `MATCH (:Document {key: $edition})-[:HAS_SAVINGS_LINE]->(l:SavingsLine)-[a:AFFECTS]->(t) WHERE ${LIVE('l')} AND ${LIVE('a')}
        WITH l, a, coalesce([(o:Outcome)-[:HAS_SUB_OUTCOME]->(t) | o][0], t) AS outcome
        MATCH (:StrategicPlan {key: $plan})-[:HAS_OUTCOME]->(outcome)
        WITH outcome, sum(toInteger(reduce(s = 0, p IN l.amountsPence | s + p) * a.shareBasisPoints / 10000)) AS pence, count(DISTINCT l) AS lines
        RETURN outcome.code AS code, pence, lines ORDER BY outcome.order`,
    }),
    api: (t) => ({
      variables: { edition: t.edition, plan: t.plan },
      query: `query($edition: String!, $plan: String!) { savings(edition: $edition) { total { total { pence } } unapportioned { total { pence } }
        byOutcome(plan: $plan) { outcome { code } amount { total { pence } } lines } } }`,
    }),
    generic: (t) => ({
      variables: { edition: t.edition },
      note: 'every line of the edition with its shares; the apportionment and sums are the client\'s',
      query: `query($edition: String!) { documents(where: { key: { eq: $edition } }) { savingsLines { key amountsPence retiredAt
        affectsOutcomesConnection { edges { properties { shareBasisPoints retiredAt } node { key code } } }
        affectsSubOutcomesConnection { edges { properties { shareBasisPoints retiredAt } node { key outcome { key code } } } } } } }`,
    }),
  },
  {
    name: 'path search, depth 4',
    nested: false,
    floor: (t) => ({
      params: { from: t.pathFrom.key, to: t.pathTo.key },
      cypher: `MATCH (a:Item {key: $from}), (b:Item {key: $to})
        MATCH p = (a)-[*1..4]-(b)
        WHERE all(n IN nodes(p)[1..-1] WHERE (n:Outcome OR n:SubOutcome OR n:Aim OR n:Action OR n:Theme OR n:SubTheme OR (n:Document AND NOT n:StrategicPlan) OR n:PartnerPriority) AND n.retiredAt IS NULL)
          AND all(r IN relationships(p) WHERE r.retiredAt IS NULL AND NOT type(r) IN ['ALIAS_OF', 'HELD', 'DECIDED', 'MONITORED_BY', 'OWNED_BY'])
        WITH p ORDER BY length(p) LIMIT 20
        RETURN [n IN nodes(p) | n.key] AS keys, [r IN relationships(p) | type(r)] AS kinds`,
    }),
    api: (t) => ({
      variables: { from: t.pathFrom.id, to: t.pathTo.id },
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 4, first: 20) { length items { id } steps { forward link { kind } } } }`,
    }),
    generic: (t) => ({
      variables: { from: t.pathFrom.key, to: t.pathTo.key },
      note: 'no generated path search: a Query field with @cypher (hand-written Cypher, run by the library)',
      query: `query($from: String!, $to: String!) { threadPaths(from: $from, to: $to) { keys kinds } }`,
    }),
  },
  {
    name: 'text search',
    nested: false,
    floor: (t) => ({
      params: { query: t.searchText, limit: 20 },
      cypher: `CALL db.index.fulltext.queryNodes('thread_text', $query, {limit: $limit}) YIELD node, score WHERE node.retiredAt IS NULL
        RETURN node.key AS key, labels(node) AS labels, coalesce(node.name, node.text, node.title) AS text, score ORDER BY score DESC`,
    }),
    api: (t) => ({
      variables: { text: t.searchText },
      query: `query($text: String!) { search(text: $text, first: 20) { totalCount edges { score matchedText node { id } } } }`,
    }),
    generic: (t) => ({
      variables: { text: t.searchText },
      note: 'the generated full-text query covers one type (actions) of the index',
      query: `query($text: String!) { actionsByText(phrase: $text, first: 20) { edges { score node { key code text } } } }`,
    }),
  },
];
