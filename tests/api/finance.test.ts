/**
 * The finance team's questions over the illustrative MTFS 2017/18-2020/21 savings: totals that reconcile to
 * the penny (outcomes + unapportioned = the MTFS total, per year and overall), the £66m target with its £25m
 * of cost pressures, departments and statuses, unmapped lines, impact of a line linked at two levels, and the
 * reverse, the savings that reach an outcome.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { graphql } from '../generated/gql.js';
import type { FinanceYearlyFragment } from '../generated/graphql.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));

// The amounts per year the queries below spread (codegen finds a fragment by its name).
graphql(`fragment FinanceYearly on YearlyMoney { years { year amount { pence } } total { pence pounds formatted } }`);
const pence = (m: FinanceYearlyFragment) => m.years.map((y) => y.amount.pence);
const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

describe('totals per outcome reconcile to the MTFS total', () => {
  it('adds up, per year and overall, outcomes plus unapportioned to exactly the sum of the lines', async () => {
    const data = await server.ask(graphql(`query FinanceReconciles { savings(edition: "mtfs-2017-21") {
      years illustrative total { ...FinanceYearly } unapportioned { ...FinanceYearly }
      byOutcome { outcome { code } amount { ...FinanceYearly } direct { ...FinanceYearly } subOutcomes { subOutcome { code } amount { ...FinanceYearly } } }
      lines { amounts { ...FinanceYearly } }
    } }`));
    const s = data.savings!;
    expect(s.years).toEqual(['2017/18', '2018/19', '2019/20', '2020/21']);
    expect(s.illustrative).toBe(true);
    expect(s.total.total).toEqual({ pence: 6_600_000_000, pounds: '66000000.00', formatted: '£66,000,000' });

    // The lines themselves, summed here independently of the API's totals.
    const lineSum = s.years.map((_y, i) => sum(s.lines.map((l) => pence(l.amounts)[i]!)));
    expect(pence(s.total)).toEqual(lineSum);

    const outcomeSum = s.years.map((_y, i) => sum(s.byOutcome.map((o) => pence(o.amount)[i]!)));
    const reconciled = outcomeSum.map((p, i) => p + pence(s.unapportioned)[i]!);
    expect(reconciled).toEqual(pence(s.total));
    expect(sum(s.byOutcome.map((o) => o.amount.total.pence)) + s.unapportioned.total.pence).toBe(s.total.total.pence);

    // Each outcome is its own shares plus its sub-outcomes'.
    for (const o of s.byOutcome) {
      expect(o.amount.total.pence).toBe(o.direct.total.pence + sum(o.subOutcomes.map((x) => x.amount.total.pence)));
    }
  });

  it('splits a line with three 33.33% shares to the penny, leaving the 0.01% unapportioned', async () => {
    const data = await server.ask(graphql(`query FinanceSplitsCR5 { savingsLine(edition: "mtfs-2017-21", reference: "CR5") {
      amounts { ...FinanceYearly } unapportionedPercent unapportioned { ...FinanceYearly }
      apportionments { target { ... on Outcome { code } } sharePercent amount { ...FinanceYearly } }
    } }`));
    const line = data.savingsLine!;
    expect(line.unapportionedPercent).toBeCloseTo(0.01, 6);
    // £333,334 in 2019/20 × 33.33% = £111,100.22... in each part; the parts and the remainder add back exactly.
    for (let i = 0; i < 4; i++) {
      const parts = sum(line.apportionments.map((a) => pence(a.amount)[i]!)) + pence(line.unapportioned)[i]!;
      expect(parts).toBe(pence(line.amounts)[i]);
    }
    expect(pence(line.apportionments[0]!.amount)[2]).toBe(11_110_022);
  });
});

describe('progress against the MTFS target', () => {
  it('measures the lines against the paper\'s £66m, which includes the £25m of cost pressures, both cited', async () => {
    const data = await server.ask(graphql(`query FinanceProgress { savings(edition: "mtfs-2017-21") {
      progress { target { amount { pence } citation { source { key } quote } } includedCostPressures { amount { pence } citation { quote } }
                 identified { pence } delivered { pence } onTrack { pence } atRisk { pence } notStarted { pence } unachievable { pence }
                 achievable { pence } gapToTarget { pence } illustrative }
      byStatus { status lines amount { total { pence } } }
      costPressures { reference illustrative amounts { total { pence } } }
    } }`));
    const { progress, byStatus, costPressures } = data.savings!;
    expect(progress.target?.amount.pence).toBe(6_600_000_000);
    expect(progress.target?.citation?.quote).toContain('£66m of savings');
    expect(progress.includedCostPressures.map((f) => f.amount.pence)).toEqual([2_500_000_000]);
    expect(sum(costPressures.map((c) => c.amounts.total.pence))).toBe(2_500_000_000);
    expect(costPressures.every((c) => c.illustrative)).toBe(true);

    const status = (s: string) => byStatus.find((b) => b.status === s)?.amount.total.pence ?? 0;
    expect(progress.identified.pence).toBe(sum(byStatus.map((b) => b.amount.total.pence)));
    expect(progress.delivered.pence).toBe(status('DELIVERED'));
    expect(progress.atRisk.pence).toBe(status('AT_RISK'));
    expect(progress.notStarted.pence).toBe(status('PROPOSED') + status('APPROVED'));
    expect(progress.achievable.pence).toBe(progress.identified.pence - status('UNACHIEVABLE'));
    expect(progress.gapToTarget?.pence).toBe(6_600_000_000 - progress.achievable.pence);
    expect(progress.illustrative).toBe(true);
  });

  it('totals by department, each with its statuses, add up to the edition', async () => {
    const data = await server.ask(graphql(`query FinanceByDepartment { savings(edition: "mtfs-2017-21") { total { total { pence } }
      byDepartment { department { key name } lines amount { total { pence } } byStatus { amount { total { pence } } } } } }`));
    const { byDepartment, total } = data.savings!;
    expect(sum(byDepartment.map((d) => d.amount.total.pence))).toBe(total.total.pence);
    for (const d of byDepartment) expect(sum(d.byStatus.map((s) => s.amount.total.pence))).toBe(d.amount.total.pence);
    expect(byDepartment.map((d) => d.department?.key)).toContain('adults-and-communities-department');
  });
});

describe('unmapped lines', () => {
  it('lists the lines with no share on any outcome, and their money is all unapportioned', async () => {
    const data = await server.ask(graphql(`query FinanceUnmapped { savings(edition: "mtfs-2017-21") {
      unmappedLines { reference mapped unapportionedPercent amounts { total { pence } } unapportioned { total { pence } } }
      lines(mapped: false) { reference }
    } }`));
    const unmapped = data.savings!.unmappedLines;
    expect(unmapped.map((l) => l.reference)).toEqual(['AC7', 'CE2', 'CF5', 'CR1', 'CR2', 'CR4']);
    expect(data.savings!.lines.map((l) => l.reference)).toEqual(unmapped.map((l) => l.reference));
    for (const l of unmapped) {
      expect(l).toMatchObject({ mapped: false, unapportionedPercent: 100 });
      expect(l.unapportioned.total.pence).toBe(l.amounts.total.pence);
    }
  });
});

describe('impact of a savings line linked at two levels', () => {
  it('reaches the outcome (directly and above the sub-outcome), the sub-outcome, and nothing it should not', async () => {
    // AC3: 50% on outcome WO, 50% on its sub-outcome WO.5.
    const data = await server.ask(graphql(`query FinanceImpactOfAC3 { savingsImpact(lines: ["mtfs-2017-21/AC3"]) {
      total { total { pence } }
      items { item { __typename ... on Outcome { code } ... on SubOutcome { code } }
              reach { relation through { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } }
              apportioned { total { pence } } }
    } }`));
    const impact = data.savingsImpact;
    const codeOf = (item: { __typename: string; code?: string }) => item.code;
    const byCode = new Map(impact.items.map((i) => [codeOf(i.item), i]));
    const reach = (code: string) => byCode.get(code)?.reach.map((r) => `${r.relation} ${codeOf(r.through.target)} ${r.through.sharePercent}%`).sort();
    expect(reach('WO')).toEqual(['ABOVE WO.5 50%', 'TARGET WO 50%']);
    expect(reach('WO.5')).toEqual(['BELOW WO 50%', 'TARGET WO.5 50%']);
    // Every other sub-outcome of WO is reached through the outcome's share only.
    expect(reach('WO.1')).toEqual(['BELOW WO 50%']);
    expect([...byCode.keys()].filter((k) => !String(k).startsWith('WO'))).toEqual([]);
    // Money: the whole line counts against WO (both shares roll up to it), half against WO.5, none against WO.1.
    expect(byCode.get('WO')?.apportioned?.total.pence).toBe(impact.total.total.pence);
    expect(byCode.get('WO.5')?.apportioned?.total.pence).toBe(impact.total.total.pence / 2);
    expect(byCode.get('WO.1')?.apportioned?.total.pence).toBe(0);
  });

  it('goes down to aims and actions under a 2022-26 sub-outcome, without inventing money for them', async () => {
    const { token } = await (await import('../../src/auth/tokens.repository.js')).createToken(db, 'Finance', 'editor', 'test');
    const csv = 'reference,department,description,status,2021/22,2022/23,affects\nPH9,Public Health Department,Healthy weight pilot,on track,100,(20),2022-26/9 40%; 2022-26/9.3 60%\n';
    const result = await server.query(graphql(`mutation FinanceImportPH9($c: String!) { importFile(kind: "savings-lines", format: CSV, content: $c, source: "impact-test.csv", edition: "mtfs-2021") { added } }`), { c: csv }, token);
    expect(result.errors).toBeUndefined();
    const data = await server.ask(graphql(`query FinanceImpactOfPH9 { savingsImpact(lines: ["mtfs-2021/PH9"]) { total { total { pence } }
      items { item { __typename ... on Aim { code } ... on Action { code } ... on SubOutcome { code } ... on Outcome { code } } reach { relation } apportioned { total { pence } } } } }`));
    const items = data.savingsImpact.items.map((i) => ({ ...i, code: 'code' in i.item ? i.item.code : undefined }));
    expect(data.savingsImpact.total.total.pence).toBe(8_000_000);
    const types = new Set(items.map((i) => i.item.__typename));
    expect(types).toEqual(new Set(['Outcome', 'SubOutcome', 'Aim', 'Action']));
    const aimUnder93 = items.find((i) => i.item.__typename === 'Aim' && i.code?.startsWith('9.3'));
    expect(aimUnder93?.reach.map((r) => r.relation).sort()).toEqual(['BELOW', 'BELOW']);
    expect(aimUnder93?.apportioned).toBeNull();
    expect(items.find((i) => i.code === '9.3')?.apportioned?.total.pence).toBe(4_800_000);
    expect(items.find((i) => i.code === '9')?.apportioned?.total.pence).toBe(8_000_000);
  });
});

describe('the savings that reach one outcome', () => {
  it('lists each line with the shares that reach the outcome, and the money matches the outcome\'s total', async () => {
    const data = await server.ask(graphql(`query FinanceSavingsOfWO { outcome(plan: "2018-22", code: "WO") {
      savings(edition: "mtfs-2017-21") { illustrative apportioned { total { pence } } lines { line { reference } through { sharePercent } apportioned { total { pence } } } csv }
    } savings(edition: "mtfs-2017-21") { byOutcome(plan: "2018-22") { outcome { code } amount { total { pence } } } } }`));
    const wo = data.outcome!.savings;
    const total = data.savings!.byOutcome.find((o) => o.outcome.code === 'WO')?.amount.total.pence;
    expect(wo.apportioned.total.pence).toBe(total);
    expect(wo.lines.map((l) => l.line.reference)).toEqual(expect.arrayContaining(['AC1', 'AC3', 'CF2', 'CR3', 'CR5', 'PH1', 'PH3']));
    expect(sum(wo.lines.map((l) => l.apportioned.total.pence))).toBe(total);
    expect(wo.illustrative).toBe(true);
    expect(wo.csv.split('\n')[0]).toContain('apportioned (£)');
  });
});

describe('CSV exports', () => {
  it('exports the outcome totals with the unapportioned row and a total that equals the MTFS total', async () => {
    const data = await server.ask(graphql(`query FinanceOutcomesCsv { savings(edition: "mtfs-2017-21") { csv(view: BY_OUTCOME) } }`));
    const rows = data.savings!.csv.trim().split('\n').map((r) => r.split(','));
    expect(rows[0]).toEqual(['level', 'key', 'name', 'lines', '2017/18 (£)', '2018/19 (£)', '2019/20 (£)', '2020/21 (£)', 'total (£)']);
    const last = rows.at(-1)!;
    expect(last[0]).toBe('total');
    expect(last.at(-1)).toBe('66000000.00');
    const outcomesAndRest = rows.filter((r) => r[0] === 'outcome' || r[0] === 'unapportioned');
    const cents = sum(outcomesAndRest.map((r) => Math.round(Number(r.at(-1)) * 100)));
    expect(cents).toBe(6_600_000_000);
  });

  it('exports every view with a header and a row per item', async () => {
    const views = ['LINES', 'BY_OUTCOME', 'BY_DEPARTMENT', 'BY_STATUS', 'UNMAPPED', 'PROGRESS', 'FLOWS'];
    // Built from the list of views, so not a typed document.
    const data = await server.ask(`{ savings(edition: "mtfs-2017-21") { ${views.map((v) => `${v.toLowerCase()}: csv(view: ${v})`).join(' ')} } }`);
    expect(data.savings.lines.trim().split('\n')).toHaveLength(30);
    expect(data.savings.unmapped.trim().split('\n')).toHaveLength(7);
    expect(data.savings.progress).toContain('target,66000000.00');
    expect(data.savings.flows).toContain('unapportioned');
  });
});

describe('CSV downloads for a spreadsheet', () => {
  it('serves a view as a CSV file with the same content as the API field', async () => {
    const response = await fetch(`${server.url}/export/savings/mtfs-2017-21/by-outcome.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('mtfs-2017-21-by-outcome.csv');
    const data = await server.ask(graphql(`query FinanceOutcomesCsvDownload { savings(edition: "mtfs-2017-21") { csv(view: BY_OUTCOME) } }`));
    expect(await response.text()).toBe(data.savings!.csv);
  });

  it('answers an unknown edition or view with 404 and what to use instead', async () => {
    const edition = await fetch(`${server.url}/export/savings/mtfs-1999/lines.csv`);
    expect(edition.status).toBe(404);
    expect(((await edition.json()) as { error: string }).error).toMatch(/mtfs-2017-21/);
    const view = await fetch(`${server.url}/export/savings/mtfs-2017-21/everything.csv`);
    expect(view.status).toBe(404);
    expect(((await view.json()) as { error: string }).error).toMatch(/by-outcome.csv/);
  });
});
