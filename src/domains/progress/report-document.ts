/**
 * The Outcome Board's report as a Word document, the format committee papers are written in: numbered
 * paragraphs running through the whole paper (as the seeds' papers are), achievements, challenges and
 * priorities each with what they rest on, then a section and a table of measures per outcome. Built with the
 * `docx` library from the API's answer (board-report-query.ts) and nothing else, so each figure is the API's.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { BoardReportAnswer, ReportStatementAnswer } from './board-report-query.js';

const NUMBERED = 'report-paragraphs';
const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');

/** A numbered paragraph, with an optional note in italics after it (what the sentence rests on). */
const numbered = (text: string, note?: string) => new Paragraph({
  numbering: { reference: NUMBERED, level: 0 },
  children: [new TextRun(text), ...(note ? [new TextRun({ text: ` (${note})`, italics: true })] : [])],
});

function traceNote(s: ReportStatementAnswer): string {
  const t = s.tracesTo;
  const what = t.kind === 'ACTION_UPDATE' ? `owner's update ${t.update?.id}` : t.kind === 'MEASURE_VALUE' ? `value ${t.value?.id}`
    : t.kind === 'SAVINGS_LINE' ? `savings line ${t.savingsLine?.reference}` : `${t.citation?.source.key}, ${t.citation?.at}`;
  return `outcome ${s.outcome.code}; source: ${what}${s.illustrative ? '; illustrative' : ''}`;
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** One row per measure: what it is, its value and target for the period, rating and trend. */
function measuresTable(measures: BoardReportAnswer['outcomeBoardReport']['outcomes'][number]['measures']): Table {
  const header = new TableRow({ tableHeader: true, children: ['Measure', 'Value', 'Target', 'Rating', 'Trend'].map((h) => cell(h, true)) });
  const rows = measures.map((m) => new TableRow({
    children: [
      cell(`${m.measure.code}: ${m.measure.name}${m.measure.unit ? ` (${m.measure.unit})` : ''}`),
      cell(m.value ? String(m.value.value) : 'none'),
      cell(m.value?.target == null ? 'none' : String(m.value.target)),
      cell(words(m.rag)),
      cell(words(m.trend)),
    ],
  }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function outcomeSection(o: BoardReportAnswer['outcomeBoardReport']['outcomes'][number]): (Paragraph | Table)[] {
  const counts = <T extends { count: number }>(list: T[], key: (x: T) => string) => list.filter((x) => x.count > 0).map((x) => `${x.count} ${words(key(x))}`).join(', ') || 'none';
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: `Outcome ${o.outcome.code}: ${o.outcome.name}` }),
    numbered(`Actions by status: ${counts(o.rollUp.actionsByStatus, (x) => x.status)}; ${o.rollUp.actionsNeverUpdated} with no update. Measures by rating: ${counts(o.rollUp.measuresByRag, (x) => x.rag)}.`),
  ];
  if (o.measures.length) out.push(measuresTable(o.measures));
  for (const a of o.offTrackActions) out.push(numbered(`Action ${a.action.code} is ${words(a.status)}: ${a.commentary}${a.revisedDate ? ` Revised date: ${a.revisedDate}.` : ''}`, a.illustrative ? 'illustrative' : undefined));
  for (const l of o.savingsAtRisk) out.push(numbered(`Savings line ${l.line.reference} (${l.line.description ?? 'no description'}) is ${words(l.status)}.`, l.illustrative ? 'illustrative' : undefined));
  if (o.coverageGaps.length) out.push(numbered(`Nothing reports progress on: ${o.coverageGaps.map((s) => `${s.code} ${s.name}`).join('; ')}.`));
  return out;
}

export function reportDocument(answer: BoardReportAnswer): Document {
  const r = answer.outcomeBoardReport;
  const section = (title: string, statements: ReportStatementAnswer[]) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: title }),
    ...(statements.length ? statements.map((s) => numbered(s.text, traceNote(s))) : [numbered('None for this period.')]),
  ];
  return new Document({
    creator: 'Golden Thread',
    title: `${r.board.name}: report for ${r.period.label}`,
    numbering: { config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, text: `${r.board.name}: progress report for ${r.period.label}` }),
        new Paragraph({ text: `Period ${r.period.start} to ${r.period.end}.` }),
        ...(r.illustrative ? [new Paragraph({ children: [new TextRun({ text: 'This report rests on illustrative data, not the council\'s own figures: every statement marked illustrative was invented for demonstration.', bold: true })] })] : []),
        ...r.basis.map((b) => new Paragraph({ children: [new TextRun(`"${b.quote}" `), new TextRun({ text: `(${b.source.title}, ${b.at})`, italics: true })] })),
        ...section('Key achievements', r.achievements),
        ...section('Key challenges', r.challenges),
        ...section('Priorities', r.priorities),
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Outcomes' }),
        ...r.outcomes.flatMap(outcomeSection),
      ],
    }],
  });
}

/** The .docx file's bytes. */
export const reportDocx = (answer: BoardReportAnswer): Promise<Buffer> => Packer.toBuffer(reportDocument(answer));
