/** Resolvers for the finance domain: arguments → loaders and the view builders; no arithmetic, no Cypher. */
import { Kind } from 'graphql';
import type { Resolvers } from '../../generated/graphql.js';
import { found, loadRequired } from '../../shared/by-keys.js';
import { BadUserInputError, integerArgument } from '../../shared/errors.js';
import { keyFromIdOrKey, quoted, recordId, toGlobalId } from '../../shared/global-id.js';
import { prefetchBelow } from '../../shared/prefetch.js';
import { sdlScalar } from '../../shared/sdl-scalar.js';
import { resolveReferencedItem } from '../nodes/load-item.js';
import type { SavingsLineModel } from './finance.models.js';
import { formattedPounds, percentOf, poundsText } from './money.js';
import { apportionmentsOf, savingsImpact, savingsReaching } from './savings-impact.js';
import { departmentTotals, filterLines, loadEdition, outcomeTotals, savingsFlows, savingsProgress, statusTotals, yearlyMoney } from './savings-edition.js';
import { editionCsv, impactCsvOf, itemSavingsCsvOf } from './savings-exports.js';
import { changeSavingsLineStatus, replaceSavingsShares } from './savings-line-changes.js';
import { partsOfLine, sum, unapportionedBasisPoints, yearsOf } from './savings-totals.js';

/** A savings line argument: its global id or its key (`mtfs-2017-21/AC3`). */
const lineKeyOf = (idOrKey: string, argumentName: string) => keyFromIdOrKey(idOrKey, argumentName, 'SavingsLine');

/** The most lines `lines` and `unmappedLines` answer at once (the SDL says so); the totals count every line. */
const MAX_LINES = 500;

const ownYears = (line: SavingsLineModel) => yearsOf([line]);

/**
 * Whole pence as a JSON integer; anything else is a bug (serialising) or a client mistake (parsing). Its
 * description is the SDL's (schema/finance.graphql).
 */
const Pence = sdlScalar<number, number>({
  name: 'Pence',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError(`Pence must be a safe integer, got ${String(value)}`);
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError('Pence is a whole number of pence, e.g. 125000050 for £1,250,000.50.');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Pence is a whole number of pence, e.g. 125000050 for £1,250,000.50.');
    return Number(ast.value);
  },
});

export const financeResolvers: Resolvers = {
  Pence,
  Query: {
    // The edition's statement finds it by the question's words and returns its lines too; the views' own
    // loads (byOutcome's plan) start with the words as a guessed key, in the same wave.
    savings: async (_root, { council, edition, includeIllustrative }, context, info) => {
      prefetchBelow('MtfsSavings', edition.trim(), info, context);
      const key = await context.loaders.finance.editionByReference.load({ council: council?.trim() || null, edition });
      return key ? loadEdition(context.loaders, key, includeIllustrative ?? true) : null;
    },
    savingsLine: (_root, { council, edition, reference }, { loaders }) =>
      loaders.finance.lineByReference.load({ council: council?.trim() || null, edition, reference }),
    savingsImpact: async (_root, { lines }, { loaders }) => {
      if (lines.length === 0) throw new BadUserInputError('lines', 'give at least one savings line (its id or key, e.g. mtfs-2017-21/AC3).');
      // A line given twice (the same id, or its id and its key) counts once: its money must not be counted twice.
      const keys = [...new Set(lines.map((l, i) => lineKeyOf(l, `lines[${i}]`)))];
      const models = await loaders.finance.lineByKey.loadMany(keys);
      const missing = keys.filter((_k, i) => models[i] === null);
      if (missing.length) {
        const named = missing.slice(0, 5).map(quoted).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
        throw new BadUserInputError('lines', `no savings line has the key ${named}; keys are <edition>/<reference>.`);
      }
      return savingsImpact(found(models), loaders);
    },
  },
  Mutation: {
    apportionSavingsLine: (_root, { line, shares, expectedVersion, reason }, context) =>
      replaceSavingsShares(context, lineKeyOf(line, 'line'), shares, expectedVersion, reason ?? null),
    setSavingsLineStatus: (_root, { line, status, expectedVersion, reason }, context) =>
      changeSavingsLineStatus(context, lineKeyOf(line, 'line'), status, expectedVersion, reason ?? null),
  },
  Money: {
    pence: (pence) => pence,
    pounds: (pence) => poundsText(pence),
    formatted: (pence) => formattedPounds(pence),
  },
  YearlyMoney: {
    years: (m) => m.years.map((year, i) => ({ year, pence: m.pence[i] ?? 0, illustrativePence: m.illustrativePence[i] ?? 0 })),
    total: (m) => sum(m.pence),
    illustrativePart: (m) => sum(m.illustrativePence),
  },
  YearAmount: {
    amount: (a) => a.pence,
    illustrativePart: (a) => a.illustrativePence,
  },
  SavingsLine: {
    id: (l) => toGlobalId('SavingsLine', l.key),
    savingsStatus: (l) => l.status,
    edition: async (l, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, l.editionKey),
    department: (l, _args, { loaders }) => (l.departmentKey ? loaders.governance.organisationByKey.load(l.departmentKey) : null),
    amounts: (l) => yearlyMoney(ownYears(l), l.amounts.map((a) => a.pence), l.illustrative),
    apportionments: (l) => apportionmentsOf(l),
    unapportionedPercent: (l) => percentOf(unapportionedBasisPoints(l)),
    unapportioned: (l) => yearlyMoney(ownYears(l), partsOfLine(l, ownYears(l)).unapportioned, l.illustrative),
    mapped: (l) => l.shares.length > 0,
    impact: (l, _args, { loaders }) => savingsImpact([l], loaders),
  },
  SavingsApportionment: {
    target: (a, _args, context, info) => resolveReferencedItem(a.share.target, context, info),
    sharePercent: (a) => percentOf(a.share.basisPoints),
    shareBasisPoints: (a) => a.share.basisPoints,
    illustrative: (a) => a.share.illustrative,
  },
  CostPressure: {
    id: (c) => recordId('CostPressure', c.key),
    department: (c, _args, { loaders }) => (c.departmentKey ? loaders.governance.organisationByKey.load(c.departmentKey) : null),
    amounts: (c) => yearlyMoney(yearsOf([c]), c.amounts.map((a) => a.pence), c.illustrative),
  },
  FinancialFigure: {
    id: (f) => recordId('FinancialFigure', f.key),
    amount: (f) => f.pence,
    document: async (f, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, f.documentKey),
    partOf: (f, _args, { loaders }) => (f.partOfKey ? loaders.finance.figureByKey.load(f.partOfKey) : null),
  },
  MtfsSavings: {
    id: (e) => recordId('MtfsSavings', e.editionKey, e.withoutIllustrative ? 'without illustrative lines' : 'every line'),
    edition: async (e, _args, { loaders }) => loadRequired(loaders.documents.documentByKey, e.editionKey),
    years: (e) => e.totals.years,
    lines: (e, { status, department, mapped, first }) =>
      filterLines(e.lines, { status, department: department?.trim(), mapped }).slice(0, integerArgument('first', first ?? MAX_LINES, 1, MAX_LINES)),
    total: (e) => yearlyMoney(e.totals.years, e.totals.total, e.illustrativeTotals.total),
    unapportioned: (e) => yearlyMoney(e.totals.years, e.totals.unapportioned, e.illustrativeTotals.unapportioned),
    byOutcome: (e, { plan }, { loaders }) => outcomeTotals(e, loaders, plan?.trim()),
    byDepartment: (e) => departmentTotals(e),
    byStatus: (e) => statusTotals(e.lines, e.totals.years),
    flows: (e) => savingsFlows(e),
    unmappedLines: (e, { first }) => e.lines.filter((l) => l.shares.length === 0).slice(0, integerArgument('first', first ?? MAX_LINES, 1, MAX_LINES)),
    progress: (e, _args, { loaders }) => savingsProgress(e, loaders),
    costPressures: (e, _args, { loaders }) => loaders.finance.costPressuresOfEdition.load(e.editionKey),
    figures: (e, _args, { loaders }) => loaders.finance.figuresOfDocument.load(e.editionKey),
    illustrative: (e) => e.lines.some((l) => l.illustrative),
    illustrativeLines: (e) => e.lines.filter((l) => l.illustrative).length,
    withoutIllustrative: (e) => e.withoutIllustrative,
    csv: (e, { view }, { loaders }) => editionCsv(e, view, loaders),
  },
  DepartmentSavingsTotal: {
    department: (d, _args, { loaders }) => (d.departmentKey ? loaders.governance.organisationByKey.load(d.departmentKey) : null),
  },
  SavingsFlow: {
    department: (f, _args, { loaders }) => (f.departmentKey ? loaders.governance.organisationByKey.load(f.departmentKey) : null),
    outcome: (f, _args, { loaders }) => (f.outcomeKey ? loaders.plans.outcomeByKey.load(f.outcomeKey) : null),
  },
  SavingsProgress: {
    achievable: (p) => p.achievable,
  },
  ImpactedItem: {
    item: (i, _args, context, info) => resolveReferencedItem(i.item, context, info),
  },
  SavingsImpact: {
    illustrative: (i) => i.lines.some((l) => l.illustrative),
    csv: (i, _args, { loaders }) => impactCsvOf(i, loaders),
  },
  ItemSavings: {
    item: (i, _args, context, info) => resolveReferencedItem(i.item, context, info),
    illustrative: (i) => i.lines.some((l) => l.line.illustrative),
    csv: (i, _args, { loaders }) => itemSavingsCsvOf(i, loaders),
  },
  Document: {
    financialFigures: (doc, _args, { loaders }) => loaders.finance.figuresOfDocument.load(doc.key),
  },
  Outcome: {
    savings: (o, { edition, includeIllustrative }, { loaders }) => savingsReaching({ key: o.key, typeName: 'Outcome' }, edition?.trim(), loaders, includeIllustrative ?? true),
  },
  SubOutcome: {
    savings: (s, { edition, includeIllustrative }, { loaders }) =>
      savingsReaching({ key: s.key, typeName: 'SubOutcome', outcomeKey: s.outcomeKey }, edition?.trim(), loaders, includeIllustrative ?? true),
  },
};
