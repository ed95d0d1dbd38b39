/**
 * Reads the seed folder: every YAML file parsed with positions and checked against its schema, every
 * problem collected (not just the first) with file, line, record and field.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import {
  DocumentsFile,
  FinanceFile,
  GovernanceFile,
  LineageFile,
  BusinessPlansFile,
  MeasuresFile,
  OrganisationsFile,
  PartnerPrioritiesFile,
  PlanFile,
  SourcesFile,
} from './seed-files.schema.js';
import { SavingsLinesFile, type SavingsLinesFileInput } from './savings-lines.schema.js';
import { ProgressFile, type ProgressFileInput } from './schema/progress-file.js';
import type { SeedProblem } from './seed-problem.js';

export interface SeedSet {
  root: string;
  sources: z.infer<typeof SourcesFile>;
  plans: { file: string; plan: z.infer<typeof PlanFile> }[];
  documents: z.infer<typeof DocumentsFile>;
  organisations: z.infer<typeof OrganisationsFile>;
  governance: z.infer<typeof GovernanceFile>;
  finance: z.infer<typeof FinanceFile>;
  lineage: z.infer<typeof LineageFile>;
  measures: z.infer<typeof MeasuresFile>;
  /** Illustrative partner priorities, when seeds/illustrative/partner-priorities.yaml exists. */
  partners?: z.infer<typeof PartnerPrioritiesFile>;
  /** Illustrative departmental business plans, when seeds/illustrative/business-plans.yaml exists. */
  businessPlans?: z.infer<typeof BusinessPlansFile>;
  /** Illustrative MTFS savings lines and cost pressures, when seeds/illustrative/savings-lines.yaml exists. */
  savingsLines?: SavingsLinesFileInput;
  /** Illustrative targets, values and action updates, when seeds/illustrative/progress.yaml exists. */
  progress?: ProgressFileInput;
  /** Source texts by source key, for the quote check and line numbers. */
  sourceTexts: Map<string, string>;
  /** The line of a record in a file (as shown, e.g. seeds/lineage.yaml), by its path in the parsed data. */
  lineOf(file: string, path: (string | number)[]): number | undefined;
}

/** The files of a seed folder and the schema each must satisfy. Plans are every file in plans/. */
const SINGLE_FILES = {
  sources: ['sources.yaml', SourcesFile],
  documents: ['documents.yaml', DocumentsFile],
  organisations: ['organisations.yaml', OrganisationsFile],
  governance: ['governance.yaml', GovernanceFile],
  finance: ['finance.yaml', FinanceFile],
  lineage: ['lineage.yaml', LineageFile],
  measures: ['measures.yaml', MeasuresFile],
} as const;

type Locator = (path: (string | number)[]) => number | undefined;

function recordLabel(issuePath: PropertyKey[]): string | undefined {
  const parts = issuePath.slice(0, -1);
  if (parts.length === 0) return undefined;
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : (i ? '.' : '') + String(p))).join('');
}

function parseFile<S extends z.ZodType>(root: string, relative: string, schema: S, problems: SeedProblem[], locators: Map<string, Locator>) {
  const file = path.join(root, relative);
  const shown = path.join('seeds', relative);
  if (!existsSync(file)) {
    problems.push({ file: shown, message: 'file is missing; restore it from git or create it' });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    problems.push({
      file: shown,
      line: lineCounter.linePos(error.pos[0]).line,
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length) return undefined;
  locators.set(shown, (at) => {
    for (let depth = at.length; depth >= 0; depth--) {
      const node = doc.getIn(at.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  });
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Point at the offending node, or its nearest ancestor that exists (a missing field has no node).
      let line: number | undefined;
      for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
        const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
        if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
      }
      problems.push({
        file: shown,
        line,
        record: recordLabel(issue.path),
        field: issue.path.length ? String(issue.path[issue.path.length - 1]) : undefined,
        message: issue.message,
      });
    }
    return undefined;
  }
  return result.data as z.infer<S>;
}

/** Reads and schema-checks every seed file. Returns the set only when there were no problems at all. */
export function readSeedFiles(root: string, problems: SeedProblem[]): SeedSet | undefined {
  const locators = new Map<string, Locator>();
  const single: Record<string, unknown> = {};
  for (const [name, [relative, schema]] of Object.entries(SINGLE_FILES)) {
    single[name] = parseFile(root, relative, schema as z.ZodType, problems, locators);
  }
  const plansDir = path.join(root, 'plans');
  const planFiles = existsSync(plansDir)
    ? readdirSync(plansDir).filter((f) => f.endsWith('.yaml')).sort()
    : [];
  if (planFiles.length === 0) problems.push({ file: 'seeds/plans/', message: 'no plan files (*.yaml) found' });
  const plans = planFiles.map((f) => ({
    file: path.join('seeds', 'plans', f),
    plan: parseFile(root, path.join('plans', f), PlanFile, problems, locators),
  }));

  const partnersFile = path.join('illustrative', 'partner-priorities.yaml');
  const partners = existsSync(path.join(root, partnersFile)) ? parseFile(root, partnersFile, PartnerPrioritiesFile, problems, locators) : undefined;

  const businessPlansFile = path.join('illustrative', 'business-plans.yaml');
  const businessPlans = existsSync(path.join(root, businessPlansFile)) ? parseFile(root, businessPlansFile, BusinessPlansFile, problems, locators) : undefined;

  const savingsLinesFile = path.join('illustrative', 'savings-lines.yaml');
  const savingsLines = existsSync(path.join(root, savingsLinesFile)) ? parseFile(root, savingsLinesFile, SavingsLinesFile, problems, locators) : undefined;

  const progressFile = path.join('illustrative', 'progress.yaml');
  const progress = existsSync(path.join(root, progressFile)) ? parseFile(root, progressFile, ProgressFile, problems, locators) : undefined;

  const sourceTexts = new Map<string, string>();
  const sources = single.sources as z.infer<typeof SourcesFile> | undefined;
  for (const [index, source] of (sources?.sources ?? []).entries()) {
    const file = path.join(root, source.file);
    if (!existsSync(file)) {
      problems.push({
        file: 'seeds/sources.yaml',
        record: `sources[${index}] (${source.key})`,
        field: 'file',
        message: `source paper seeds/${source.file} does not exist`,
      });
      continue;
    }
    sourceTexts.set(source.key, readFileSync(file, 'utf8'));
  }

  if (problems.length) return undefined;
  return {
    root,
    sources: single.sources as SeedSet['sources'],
    documents: single.documents as SeedSet['documents'],
    organisations: single.organisations as SeedSet['organisations'],
    governance: single.governance as SeedSet['governance'],
    finance: single.finance as SeedSet['finance'],
    lineage: single.lineage as SeedSet['lineage'],
    measures: single.measures as SeedSet['measures'],
    plans: plans.map((p) => ({ file: p.file, plan: p.plan! })),
    partners,
    businessPlans,
    savingsLines,
    progress,
    sourceTexts,
    lineOf: (file, at) => locators.get(file)?.(at),
  };
}
