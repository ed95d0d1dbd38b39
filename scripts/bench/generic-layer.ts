/**
 * The generic layer the benchmark compares against: @neo4j/graphql (v7) serving the same graph through
 * Apollo Server, with typeDefs written for it here. Run as its own process by the bench:
 *   tsx scripts/bench/generic-layer.ts <bolt uri> <user> <password> <port>
 * It prints `listening <port>` when ready. GET /cypher-count returns how many Cypher statements it has sent,
 * so the bench can report round trips per request as it does for the API.
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { sendWithoutNagleDelay } from '../../src/neo4j/no-delay.js';

const typeDefs = /* GraphQL */ `
  type StrategicPlan @node { key: String! title: String period: String
    outcomes: [Outcome!]! @relationship(type: "HAS_OUTCOME", direction: OUT) }
  type Outcome @node { key: String! code: String name: String order: Int
    subOutcomes: [SubOutcome!]! @relationship(type: "HAS_SUB_OUTCOME", direction: OUT)
    alignedBy: [PartnerPriority!]! @relationship(type: "ALIGNS_WITH", direction: IN, properties: "Alignment") }
  type SubOutcome @node { key: String! code: String name: String order: Int
    outcome: [Outcome!]! @relationship(type: "HAS_SUB_OUTCOME", direction: IN)
    aims: [Aim!]! @relationship(type: "HAS_AIM", direction: OUT)
    actions: [Action!]! @relationship(type: "HAS_ACTION", direction: OUT)
    supportedBy: [Action!]! @relationship(type: "SUPPORTS", direction: IN)
    alignedBy: [PartnerPriority!]! @relationship(type: "ALIGNS_WITH", direction: IN, properties: "Alignment")
    deliveredBy: [BusinessPlanCommitment!]! @relationship(type: "DELIVERS", direction: IN) }
  type Aim @node { key: String! code: String text: String
    actions: [Action!]! @relationship(type: "HAS_ACTION", direction: OUT) }
  type Action @node @fulltext(indexes: [{ indexName: "thread_text", queryName: "actionsByText", fields: ["text"] }]) {
    key: String! code: String text: String citationAt: String citationQuote: String citationSource: String
    source: SourceDocument @cypher(statement: "MATCH (s:SourceDocument {key: this.citationSource}) RETURN s", columnName: "s")
    owner: [Organisation!]! @relationship(type: "OWNED_BY", direction: OUT) }
  type SourceDocument @node { key: String! title: String }
  type Organisation @node { key: String! name: String }
  type Document @node { key: String! title: String kind: String
    savingsLines: [SavingsLine!]! @relationship(type: "HAS_SAVINGS_LINE", direction: OUT) }
  type SavingsLine @node { key: String! reference: String amountsPence: [Float!] retiredAt: String
    affectsOutcomes: [Outcome!]! @relationship(type: "AFFECTS", direction: OUT, properties: "Share")
    affectsSubOutcomes: [SubOutcome!]! @relationship(type: "AFFECTS", direction: OUT, properties: "Share") }
  type Share @relationshipProperties { shareBasisPoints: Float retiredAt: String }
  type PartnerPriority @node { key: String! code: String name: String
    strategy: [Document!]! @relationship(type: "HAS_PRIORITY", direction: IN)
    parent: [PartnerPriority!]! @relationship(type: "HAS_PRIORITY", direction: IN) }
  type BusinessPlanCommitment @node { key: String! code: String }
  type Alignment @relationshipProperties { strength: String }
  type ThreadPath { keys: [String!]! kinds: [String!]! }
  type Query {
    threadPaths(from: String!, to: String!): [ThreadPath!]! @cypher(columnName: "path", statement: """
      MATCH (a:Item {key: $from}), (b:Item {key: $to})
      MATCH p = (a)-[*1..4]-(b)
      WHERE all(n IN nodes(p)[1..-1] WHERE (n:Outcome OR n:SubOutcome OR n:Aim OR n:Action OR n:Theme OR n:SubTheme OR (n:Document AND NOT n:StrategicPlan) OR n:PartnerPriority) AND n.retiredAt IS NULL)
        AND all(r IN relationships(p) WHERE r.retiredAt IS NULL AND NOT type(r) IN ['ALIAS_OF', 'HELD', 'DECIDED', 'MONITORED_BY', 'OWNED_BY'])
      WITH p ORDER BY length(p) LIMIT 20
      RETURN {keys: [n IN nodes(p) | n.key], kinds: [r IN relationships(p) | type(r)]} AS path
    """)
  }
`;

/** Counts the statements the library sends (every transaction function's tx.run). */
function countingDriver(driver: Driver, counter: { count: number }): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction => new Proxy(tx, {
    get: (target, prop) => (prop === 'run'
      ? (...args: Parameters<ManagedTransaction['run']>) => { counter.count++; return target.run(...args); }
      : Reflect.get(target, prop)),
  });
  const wrapSession = (session: Session): Session => new Proxy(session, {
    get: (target, prop) => {
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: Parameters<Session['executeRead']>[1]) =>
          target[prop]((tx) => work(wrapTx(tx)), config);
      }
      if (prop === 'run') return (...args: Parameters<Session['run']>) => { counter.count++; return target.run(...args); };
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return new Proxy(driver, {
    get: (target, prop) => {
      if (prop === 'session') return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const [uri, user, password, port] = process.argv.slice(2);
if (!uri || !user || !password || !port) {
  process.stderr.write('usage: tsx scripts/bench/generic-layer.ts <bolt uri> <user> <password> <port>\n');
  process.exit(2);
}
const counter = { count: 0 };
// The same socket setting as the API's driver, so the comparison is of the layers, not of TCP.
sendWithoutNagleDelay();
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 50 });
const schema = await new Neo4jGraphQL({ typeDefs, driver: countingDriver(driver, counter) }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
app.get('/cypher-count', (_req, res) => { res.json({ count: counter.count }); });
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
const server = createServer(app);
server.listen(Number(port), '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
const stop = async () => {
  server.close();
  await apollo.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
