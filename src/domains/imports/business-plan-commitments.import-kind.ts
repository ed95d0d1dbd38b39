/**
 * Import kind `business-plan-commitments`: a departmental business plan's commitments, one row each:
 *   business_plan, department, year, title, code, text, delivers, illustrative
 * The business plan document is created (or updated) from its rows: every row of one plan must give the same
 * department, year and title. `delivers` lists action, aim or sub-outcome keys separated by `;`.
 */
import type { ImportProblem } from './import-file.js';
import type { ColumnSpec } from './import-kind.js';
import { createNodeImportKind } from './node-import-kind.js';
import { illustrativeColumn, readColumns } from './read-columns.js';

const planDetails = (props: Record<string, unknown>) => `${props.department}|${props.year}|${props.title}`;

const COLUMNS = [
  {
    name: 'business_plan', required: true, description: 'key of the business plan, e.g. business-plan-2023-24-public-health', synonyms: ['Business plan key', 'Plan', 'Plan key'],
    pattern: { test: /^[a-z0-9][a-z0-9.\-]*$/, noun: 'key', rule: 'lower-case letters, digits, dots and dashes' },
  },
  { name: 'department', required: true, description: 'the department (an organisation): its name, key or a recorded alias, e.g. Public Health', synonyms: ['Directorate', 'Service', 'Service area', 'Dept'], organisation: { kind: null, what: 'organisation' } },
  {
    name: 'year', required: true, description: 'financial year, written 2023/24', synonyms: ['Financial year', 'FY', 'Plan year'],
    pattern: { test: /^\d{4}\/\d{2}$/, noun: 'financial year', rule: 'write it 2023/24' },
  },
  { name: 'title', required: true, description: 'the business plan\'s title', synonyms: ['Plan title', 'Business plan title', 'Business plan name'] },
  { name: 'code', required: true, description: 'the commitment\'s code in its plan, e.g. PH-1', synonyms: ['Ref', 'Reference', 'Commitment ref', 'Commitment code', 'No', 'ID'] },
  { name: 'text', required: true, description: 'the commitment as the plan words it', synonyms: ['Commitment', 'Description', 'Action', 'Activity'] },
  { name: 'delivers', required: false, description: 'keys of the actions, aims or sub-outcomes it delivers, separated by ;', synonyms: ['Delivers against', 'Contributes to', 'Strategic Plan link', 'Outcome links'] },
  illustrativeColumn(),
] as const satisfies readonly ColumnSpec[];

export const businessPlanCommitmentsImportKind = createNodeImportKind({
  name: 'business-plan-commitments',
  label: 'BusinessPlanCommitment',
  parentLink: 'HAS_COMMITMENT',
  targetLink: 'DELIVERS',
  targetLabels: ['Action', 'Aim', 'SubOutcome'],
  columns: COLUMNS,
  readRow(row, problems) {
    const before = problems.length;
    const { text, flag } = readColumns(COLUMNS, row, problems);
    if (problems.length > before) return undefined;
    const { business_plan: plan, department, year, title, code } = text;
    const targets = text.delivers.split(';').map((t) => t.trim()).filter(Boolean);
    return { key: `${plan}/${code}`, parentKey: plan, props: { code, text: text.text, illustrative: flag.illustrative, department, year, title }, targets };
  },
  async checkParents(tx, records, problems: ImportProblem[]) {
    // One plan, one department, year and title.
    const firstOf = new Map<string, { line: number; details: string }>();
    for (const r of records) {
      const seen = firstOf.get(r.values.parentKey);
      if (!seen) firstOf.set(r.values.parentKey, { line: r.line, details: planDetails(r.values.props) });
      else if (seen.details !== planDetails(r.values.props)) {
        problems.push({ line: r.line, column: 'business_plan', message: `department, year and title differ from line ${seen.line} for the same business plan: give them once, the same on every row.` });
      }
    }
    const departments = [...new Set(records.map((r) => String(r.values.props.department)))];
    const result = await tx.run('UNWIND $keys AS key MATCH (o:Organisation {key: key}) RETURN key', { keys: departments });
    const known = new Set(result.records.map((r) => r.get('key') as string));
    for (const r of records) {
      if (!known.has(String(r.values.props.department))) problems.push({ line: r.line, column: 'department', message: `no organisation has the key "${r.values.props.department}".` });
    }
    const plans = await tx.run('UNWIND $keys AS key MATCH (d:Item {key: key}) WHERE coalesce(d.kind, "") <> "BUSINESS_PLAN" RETURN key', { keys: [...firstOf.keys()] });
    for (const r of plans.records) {
      const line = firstOf.get(r.get('key') as string)!.line;
      problems.push({ line, column: 'business_plan', message: `"${r.get('key')}" is already used by an item that is not a business plan.` });
    }
  },
  async ensureParents(tx, records, source, actor) {
    const plans = new Map(records.map((r) => [r.values.parentKey, r.values.props]));
    await tx.run(
      `UNWIND $plans AS p
       MERGE (d:Item:Document {key: p.key})
       ON CREATE SET d.createdAt = toString(datetime()), d.createdBy = $actor, d.origin = 'import'
       SET d.kind = 'BUSINESS_PLAN', d.title = p.title, d.period = p.year, d.status = 'approved', d.importSource = $source,
           d.illustrative = p.illustrative
       WITH d, p
       OPTIONAL MATCH (d)-[old:OWNED_BY]->(o) WHERE o.key <> p.department
       DELETE old
       WITH DISTINCT d, p
       MATCH (dept:Organisation {key: p.department})
       MERGE (d)-[:OWNED_BY]->(dept)
       WITH d
       OPTIONAL MATCH (umbrella:Document {key: 'departmental-business-plans'})
       FOREACH (_ IN CASE WHEN umbrella IS NULL THEN [] ELSE [1] END | MERGE (d)-[:PART_OF]->(umbrella))`,
      { plans: [...plans].map(([key, props]) => ({ key, title: props.title, year: props.year, department: props.department, illustrative: props.illustrative })), source, actor },
    );
  },
});
