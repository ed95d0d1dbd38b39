/**
 * The Outcome Board's report as a Word document (`npm run report`): made from the API's answer, so every figure
 * in the .docx is one the API gave, every statement is there word for word with what it rests on, each outcome
 * has its table of measures, and the paragraphs are numbered as committee papers are. The explorer's download
 * (GET /reports/outcome-board.docx) is the same document, and names a bad query parameter with a 400.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BOARD_REPORT_QUERY, type BoardReportAnswer } from '../../src/domains/progress/board-report-query.js';
import { reportDocx } from '../../src/domains/progress/report-document.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let server: TestServer;
useSeededServer((env) => ({ server } = env));

const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const numbersIn = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);

async function documentOf(answer: BoardReportAnswer | Buffer) {
  const zip = await JSZip.loadAsync(Buffer.isBuffer(answer) ? answer : await reportDocx(answer));
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return {
    paragraphs: [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ text: textOf(m[0]), numbered: m[0].includes('<w:numPr>') })),
    tables: [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])))),
    // Paragraph by paragraph (table cells are paragraphs too), so two figures never run together.
    all: [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])).join('\n'),
  };
}

describe("the board's report as a Word document", () => {
  it('holds exactly the API\'s figures, every statement with what it rests on, and a table per outcome with measures', async () => {
    const answer = await server.ask(BOARD_REPORT_QUERY, { board: 'outcome-boards', period: '2023/24 Q2' }) as BoardReportAnswer;
    const r = answer.outcomeBoardReport;
    const doc = await documentOf(answer);

    // Every figure in the document is one the API answered (values, targets, counts, codes, dates, periods).
    const apiNumbers = new Set(numbersIn(JSON.stringify(answer)));
    const invented = numbersIn(doc.all).filter((n) => !apiNumbers.has(n));
    expect(invented).toEqual([]);

    // Every statement, word for word, in a numbered paragraph that names its source.
    for (const s of [...r.achievements, ...r.challenges, ...r.priorities]) {
      const p = doc.paragraphs.find((x) => x.text.startsWith(s.text));
      expect(p, s.text).toBeDefined();
      expect(p!.numbered).toBe(true);
      const t = s.tracesTo;
      expect(p!.text).toContain(t.update?.id ?? t.value?.id ?? t.savingsLine?.reference ?? t.citation!.source.key);
      if (s.illustrative) expect(p!.text).toContain('illustrative');
    }
    expect(doc.all).toContain('This report rests on illustrative data');

    // One table per outcome with measures, each row the API's value, target, rating and trend.
    const withMeasures = r.outcomes.filter((o) => o.measures.length);
    expect(doc.tables).toHaveLength(withMeasures.length);
    withMeasures.forEach((o, i) => {
      expect(doc.tables[i]![0]).toEqual(['Measure', 'Value', 'Target', 'Rating', 'Trend']);
      expect(doc.tables[i]!.slice(1)).toEqual(o.measures.map((m) => [
        `${m.measure.code}: ${m.measure.name}${m.measure.unit ? ` (${m.measure.unit})` : ''}`,
        m.value ? String(m.value.value) : 'none', m.value?.target == null ? 'none' : String(m.value.target),
        m.rag.toLowerCase().replace(/_/g, ' '), m.trend.toLowerCase().replace(/_/g, ' '),
      ]));
    });
    const hw = withMeasures.flatMap((o) => o.measures).find((m) => m.measure.code === 'HEALTHY-WEIGHT')!;
    expect(doc.tables.flat()).toContainEqual([expect.stringContaining('HEALTHY-WEIGHT'), String(hw.value!.value), String(hw.value!.target), 'red', 'worsening']);

    // Each outcome's counts are the roll-up's.
    for (const o of r.outcomes) {
      const counts = doc.paragraphs.find((p) => p.text.startsWith('Actions by status') && doc.paragraphs[doc.paragraphs.indexOf(p) - 1]!.text.startsWith(`Outcome ${o.outcome.code}:`));
      expect(counts?.text).toContain(`${o.rollUp.actionsNeverUpdated} with no update`);
      for (const s of o.rollUp.actionsByStatus.filter((x) => x.count)) expect(counts!.text).toContain(`${s.count} ${s.status.toLowerCase().replace(/_/g, ' ')}`);
    }
  });
});

describe('the Word document as the explorer downloads it (GET /reports/outcome-board.docx)', () => {
  const url = (query: string) => `${server.url}/reports/outcome-board.docx${query}`;

  it('is the document `npm run report` makes from the API\'s answer, figure for figure', async () => {
    const response = await fetch(url('?board=outcome-boards&period=2023%2F24%20Q2'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain('outcome-boards-2023-24-Q2.docx');
    const downloaded = await documentOf(Buffer.from(await response.arrayBuffer()));
    const answer = await server.ask(BOARD_REPORT_QUERY, { board: 'outcome-boards', period: '2023/24 Q2' }) as BoardReportAnswer;
    // The same paragraphs and tables as the document made directly from the API's answer ...
    expect(downloaded).toEqual(await documentOf(answer));
    // ... so every figure in it is the API's, and the period's red measure is there with its value.
    const apiNumbers = new Set(numbersIn(JSON.stringify(answer)));
    expect(numbersIn(downloaded.all).filter((n) => !apiNumbers.has(n))).toEqual([]);
    const hw = answer.outcomeBoardReport.outcomes.flatMap((o) => o.measures).find((m) => m.measure.code === 'HEALTHY-WEIGHT')!;
    expect(downloaded.tables.flat()).toContainEqual([expect.stringContaining('HEALTHY-WEIGHT'), String(hw.value!.value), String(hw.value!.target), 'red', 'worsening']);
    // Another period is another document (the period is not ignored).
    const q1 = await fetch(url('?board=outcome-boards&period=2023%2F24%20Q1'));
    expect((await documentOf(Buffer.from(await q1.arrayBuffer()))).all).toContain('progress report for 2023/24 Q1');
  });

  it.each([
    ['', 'board', /"board" is required: give the key of an Outcome Board/],
    ['?board=outcome-boards', 'period', /"period" is required: give a financial-year period, e.g. 2023\/24 Q2/],
    ['?board=%20&period=2023%2F24%20Q2', 'board', /"board" is empty/],
    ['?board=outcome-boards&board=x&period=2023%2F24%20Q2', 'board', /"board" is given more than once/],
    ['?board=outcome-boards&period=Q2%202023', 'period', /"period": "Q2 2023" is not a period: write a financial year `2023\/24`/],
    ['?board=no-such-board&period=2023%2F24%20Q2', 'board', /"board": no organisation has the key "no-such-board"/],
  ])('answers %s with a 400 naming the parameter "%s" and what to give', async (query, parameter, message) => {
    const response = await fetch(url(query));
    expect(response.status).toBe(400);
    const body = await response.json() as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error).toMatch(/^Query parameter /);
    expect(body.error).toMatch(message);
  });

  it('asks for credentials as the API does: an unknown token is refused with 401', async () => {
    const response = await fetch(url('?board=outcome-boards&period=2023%2F24%20Q2'), { headers: { authorization: 'Bearer not-a-token' } });
    expect(response.status).toBe(401);
  });
});
