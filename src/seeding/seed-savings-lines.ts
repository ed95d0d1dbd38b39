/**
 * Compiles the illustrative savings lines file into seed nodes and links: a SavingsLine per line (amounts as
 * integer pence, parallel to the edition's years), AFFECTS links with shares in basis points, and the cost
 * pressures the savings requirement includes. Checks what the schema cannot: years outside the edition,
 * amounts that do not read, shares over 100%, and cost pressures that do not add up to the cited figure.
 */
import { readSharePercent, readThousandsOfPounds } from '../domains/finance/money.js';
import type { SavingsLinesFileInput } from './savings-lines.schema.js';
import type { SeedProblem } from './seed-problem.js';
import type { PropertyValue, SeedLabel, SeedNode } from './seed-graph.js';

interface Place {
  file: string;
  record: string;
}

export interface SeedGraphBuilder {
  nodes: ReadonlyMap<string, SeedNode>;
  addNode(key: string, labels: SeedLabel[], props: Record<string, PropertyValue | undefined>, place: Place): void;
  addLink(type: string, from: string, to: string, props: Record<string, PropertyValue | undefined>, place: Place): void;
  expect(key: string, place: Place, field: string, allowed: SeedLabel[]): void;
}

const FILE = 'seeds/illustrative/savings-lines.yaml';

function readAmounts(amounts: Record<string, string>, years: string[], place: Place, problems: SeedProblem[]): number[] {
  for (const year of Object.keys(amounts)) {
    if (!years.includes(year)) problems.push({ ...place, field: `amounts.${year}`, message: `${year} is not one of the edition's years (${years.join(', ')})` });
  }
  return years.map((year) => {
    const reading = readThousandsOfPounds(amounts[year]);
    if ('problem' in reading) {
      problems.push({ ...place, field: `amounts.${year}`, message: reading.problem });
      return 0;
    }
    return reading.pence;
  });
}

export function addSavingsLines(file: SavingsLinesFileInput, builder: SeedGraphBuilder, problems: SeedProblem[]): void {
  const note = file.note;
  file.editions.forEach((edition, i) => {
    const place = { file: FILE, record: `editions[${i}] (${edition.document})` };
    const document = builder.nodes.get(edition.document);
    if (document && document.props.kind !== 'FINANCIAL_STRATEGY') {
      problems.push({ ...place, field: 'document', message: `"${edition.document}" is a ${String(document.props.kind)}, not a FINANCIAL_STRATEGY (an MTFS edition)` });
    }
    const seen = new Set<string>();
    edition.lines.forEach((line, j) => {
      const linePlace = { ...place, record: `${place.record}.lines[${j}] (${line.reference})` };
      if (seen.has(line.reference)) problems.push({ ...linePlace, field: 'reference', message: `reference ${line.reference} is used twice in this edition` });
      seen.add(line.reference);
      const key = `${edition.document}/${line.reference}`;
      builder.addNode(key, ['SavingsLine'], {
        reference: line.reference, description: line.description, status: line.status, years: edition.years,
        amountsPence: readAmounts(line.amounts, edition.years, linePlace, problems), illustrative: true, illustrativeNote: note, version: 0,
      }, linePlace);
      builder.addLink('HAS_SAVINGS_LINE', edition.document, key, { illustrative: true }, linePlace);
      builder.addLink('OWNED_BY', key, line.department, { illustrative: true }, linePlace);
      builder.expect(line.department, linePlace, 'department', ['Organisation']);
      let total = 0;
      line.affects.forEach((a, k) => {
        const aPlace = { ...linePlace, record: `${linePlace.record}.affects[${k}]` };
        const share = readSharePercent(a.share);
        if ('problem' in share) {
          problems.push({ ...aPlace, field: 'share', message: share.problem });
          return;
        }
        total += share.basisPoints;
        builder.addLink('AFFECTS', key, a.to, { shareBasisPoints: share.basisPoints, basis: 'ILLUSTRATIVE', illustrative: true }, aPlace);
        builder.expect(a.to, aPlace, 'to', ['Outcome', 'SubOutcome']);
      });
      if (total > 10000) problems.push({ ...linePlace, field: 'affects', message: `the shares add up to ${total / 100}%; a line's shares may add up to at most 100%` });
    });

    let pressures = 0;
    edition.costPressures.forEach((cp, j) => {
      const cpPlace = { ...place, record: `${place.record}.costPressures[${j}] (${cp.reference})` };
      const key = `${edition.document}/${cp.reference}`;
      const amountsPence = readAmounts(cp.amounts, edition.years, cpPlace, problems);
      pressures += amountsPence.reduce((s, a) => s + a, 0);
      builder.addNode(key, ['CostPressure'], {
        reference: cp.reference, description: cp.description, years: edition.years, amountsPence, illustrative: true, illustrativeNote: note,
      }, cpPlace);
      builder.addLink('HAS_COST_PRESSURE', edition.document, key, { illustrative: true }, cpPlace);
      builder.addLink('OWNED_BY', key, cp.department, { illustrative: true }, cpPlace);
      if (edition.costPressuresFigure) builder.addLink('PART_OF', key, edition.costPressuresFigure, { illustrative: true }, cpPlace);
    });
    if (edition.costPressuresFigure) {
      const figure = builder.nodes.get(edition.costPressuresFigure);
      if (!figure) problems.push({ ...place, field: 'costPressuresFigure', message: `unknown figure "${edition.costPressuresFigure}" (see seeds/finance.yaml)` });
      else if (figure.props.amountPence !== pressures) {
        // An illustrative breakdown must never change the council's own figure: it has to add up to it.
        problems.push({ ...place, field: 'costPressures', message: `the cost pressures add up to ${pressures / 100} pounds but the cited figure ${figure.key} is ${Number(figure.props.amountPence) / 100}; make the breakdown add up to the paper's figure` });
      }
    }
  });
}
