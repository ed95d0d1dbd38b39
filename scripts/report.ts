/**
 * `npm run report -- --board outcome-boards --period "2023/24 Q2" [--out report.docx]`: an Outcome Board's
 * report for a period as a Word document (numbered paragraphs, a table of measures per outcome), made from
 * the API's own answer to `outcomeBoardReport` (src/domains/progress/board-report-query.ts), so every figure
 * in it is the API's. Works against NEO4J_URI, the managed Neo4j `npm start` is running, or starts it itself.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createContext, createExecutor } from '../src/context.js';
import { BOARD_REPORT_QUERY, type BoardReportAnswer } from '../src/domains/progress/board-report-query.js';
import { reportDocx } from '../src/domains/progress/report-document.js';
import { silentLogger } from '../src/logger.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { createServer } from '../src/server.js';
import { Startup } from '../src/startup.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const USAGE = 'usage: npm run report -- --board <board key, e.g. outcome-boards> --period <e.g. "2023/24 Q2"> [--out <file.docx>]';

function fail(message: string): never {
  process.stderr.write(`report: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseArgs({ options: { board: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } } });
if (!values.board?.trim()) fail('--board is required: the key of the board (an organisation that monitors outcomes), e.g. outcome-boards.');
if (!values.period?.trim()) fail('--period is required: a financial-year period, e.g. "2023/24 Q2" (quoted, for the space).');
const out = values.out ?? `${values.board.trim()}-${values.period.trim().replace(/[/ ]/g, '-')}.docx`;

const config = loadConfig();
say('Connecting to Neo4j ...');
const neo4j = await connectNeo4j(config, say);
try {
  const startup = new Startup(neo4j.db, silentLogger, { seedMode: 'never', seedsDir: config.seed.dir });
  const server = createServer({ config, db: neo4j.db, logger: silentLogger, startup });
  await server.apollo.start();
  say(`Asking the API for the ${values.board} report for ${values.period} ...`);
  const response = await server.apollo.executeOperation(
    { query: BOARD_REPORT_QUERY, variables: { board: values.board.trim(), period: values.period.trim() } },
    { contextValue: createContext(createExecutor(neo4j.db), silentLogger, null) },
  );
  await server.apollo.stop();
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  if (!body?.data || body.errors?.length) fail(body?.errors?.map((e) => e.message).join('\n') ?? 'the API gave no answer; check the server log.');
  say('Writing the document ...');
  writeFileSync(out, await reportDocx(body.data as unknown as BoardReportAnswer));
  say(`Wrote ${out}${(body.data as unknown as BoardReportAnswer).outcomeBoardReport.illustrative ? ' (it rests on illustrative data, and says so)' : ''}.`);
} finally {
  await neo4j.close();
}
