/**
 * The finance team's questions over the illustrative MTFS 2017/18-2020/21 savings: totals that reconcile to
 * the penny (outcomes + unapportioned = the MTFS total, per year and overall), the £66m target with its £25m
 * of cost pressures, departments and statuses, unmapped lines, impact of a line linked at two levels, and the
 * reverse, the savings that reach an outcome.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import type { TestServer } from '../helpers/test-server.js';
import { useSeededServer } from '../helpers/seeded-server.js';

let db: Database;
let server: TestServer;
useSeededServer((env) => ({ db, server } = env));

const ask = (query: string, variables?: Record<string, unknown>) => server.ask(query, variables);
const YEARLY = '{ years { year amount { pence } } total { pence pounds formatted } }';
const pence = (m: any) => m.years.map((y: any) => y.amount.pence);

describe('totals per outcome reconcile to the MTFS total', () => {
  it('adds up, per year and overall, outcomes plus unapportioned to exactly the sum of the lines', async () => {
    const data = await ask(`{ savings(edition: "mtfs-2017-21") {
      years illustrative total ${YEARLY} unapportioned ${YEARLY}
      byOutcome { outcome { code } amount ${YEARLY} direct ${YEARLY} subOutcomes { subOutcome { code } amount ${YEARLY} } }
      lines { amounts ${YEARLY} }
    } }`);
    const s = data.savings;
    expect(s.years).toEqual(['2017/18', '2018/19', '2019/20', '2020/21']);
    expect(s.illustrative).toBe(true);
    expect(s.total.total).toEqual({ pence: 6_600_000_000, pounds: '66000000.00', formatted: '£66,000,000' });

    // The lines themselves, summed here independently of the API's totals.
    const lineSum = s.years.map((_y: string, i: number) => s.lines.reduce((sum: number, l: any) => sum + pence(l.amounts)[i], 0));
    expect(pence(s.total)).toEqual(lineSum);

    const outcomeSum = s.years.map((_y: string, i: number) => s.byOutcome.reduce((sum: number, o: any) => sum + pence(o.amount)[i], 0));
    const reconciled = outcomeSum.map((p: number, i: number) => p + pence(s.unapportioned)[i]);
    expect(reconciled).toEqual(pence(s.total));
    expect(s.byOutcome.reduce((sum: number, o: any) => sum + o.amount.total.pence, 0) + s.unapportioned.total.pence).toBe(s.total.total.pence);

    // Each outcome is its own shares plus its sub-outcomes'.
    for (const o of s.byOutcome) {
      expect(o.amount.total.pence).toBe(o.direct.total.pence + o.subOutcomes.reduce((sum: number, x: any) => sum + x.amount.total.pence, 0));
    }
  });

  it('splits a line with three 33.33% shares to the penny, leaving the 0.01% unapportioned', async () => {
    const data = await ask(`{ savingsLine(edition: "mtfs-2017-21", reference: "CR5") {
      amounts ${YEARLY} unapportionedPercent unapportioned ${YEARLY}
      apportionments { target { ... on Outcome { code } } sharePercent amount ${YEARLY} }
    } }`);
    const line = data.savingsLine;
    expect(line.unapportionedPercent).toBeCloseTo(0.01, 6);
    // £333,334 in 2019/20 × 33.33% = £111,100.22... in each part; the parts and the remainder add back exactly.
    for (let i = 0; i < 4; i++) {
      const parts = line.apportionments.reduce((sum: number, a: any) => sum + pence(a.amount)[i], 0) + pence(line.unapportioned)[i];
      expect(parts).toBe(pence(line.amounts)[i]);
    }
    expect(pence(line.apportionments[0].amount)[2]).toBe(11_110_022);
  });
});

describe('progress against the MTFS target', () => {
  it('measures the lines against the paper\'s £66m, which includes the £25m of cost pressures, both cited', async () => {
    const data = await ask(`{ savings(edition: "mtfs-2017-21") {
      progress { target { amount { pence } citation { source { key } quote } } includedCostPressures { amount { pence } citation { quote } }
                 identified { pence } delivered { pence } onTrack { pence } atRisk { pence } notStarted { pence } unachievable { pence }
                 achievable { pence } gapToTarget { pence } illustrative }
      byStatus { status lines amount { total { pence } } }
      costPressures { reference illustrative amounts { total { pence } } }
    } }`);
    const { progress, byStatus, costPressures } = data.savings;
    expect(progress.target.amount.pence).toBe(6_600_000_000);
    expect(progress.target.citation.quote).toContain('£66m of savings');
    expect(progress.includedCostPressures.map((f: any) => f.amount.pence)).toEqual([2_500_000_000]);
    expect(costPressures.reduce((sum: number, c: any) => sum + c.amounts.total.pence, 0)).toBe(2_500_000_000);
    expect(costPressures.every((c: any) => c.illustrative)).toBe(true);

    const status = (s: string) => byStatus.find((b: any) => b.status === s)?.amount.total.pence ?? 0;
    expect(progress.identified.pence).toBe(byStatus.reduce((sum: number, b: any) => sum + b.amount.total.pence, 0));
    expect(progress.delivered.pence).toBe(status('DELIVERED'));
    expect(progress.atRisk.pence).toBe(status('AT_RISK'));
    expect(progress.notStarted.pence).toBe(status('PROPOSED') + status('APPROVED'));
    expect(progress.achievable.pence).toBe(progress.identified.pence - status('UNACHIEVABLE'));
    expect(progress.gapToTarget.pence).toBe(6_600_000_000 - progress.achievable.pence);
    expect(progress.illustrative).toBe(true);
  });

  it('totals by department, each with its statuses, add up to the edition', async () => {
    const data = await ask(`{ savings(edition: "mtfs-2017-21") { total { total { pence } }
      byDepartment { department { key name } lines amount { total { pence } } byStatus { amount { total { pence } } } } } }`);
    const { byDepartment, total } = data.savings;
    expect(byDepartment.reduce((sum: number, d: any) => sum + d.amount.total.pence, 0)).toBe(total.total.pence);
    for (const d of byDepartment) expect(d.byStatus.reduce((sum: number, s: any) => sum + s.amount.total.pence, 0)).toBe(d.amount.total.pence);
    expect(byDepartment.map((d: any) => d.department.key)).toContain('adults-and-communities-department');
  });
});

describe('unmapped lines', () => {
  it('lists the lines with no share on any outcome, and their money is all unapportioned', async () => {
    const data = await ask(`{ savings(edition: "mtfs-2017-21") {
      unmappedLines { reference mapped unapportionedPercent amounts { total { pence } } unapportioned { total { pence } } }
      lines(mapped: false) { reference }
    } }`);
    const unmapped = data.savings.unmappedLines;
    expect(unmapped.map((l: any) => l.reference)).toEqual(['AC7', 'CE2', 'CF5', 'CR1', 'CR2', 'CR4']);
    expect(data.savings.lines.map((l: any) => l.reference)).toEqual(unmapped.map((l: any) => l.reference));
    for (const l of unmapped) {
      expect(l).toMatchObject({ mapped: false, unapportionedPercent: 100 });
      expect(l.unapportioned.total.pence).toBe(l.amounts.total.pence);
    }
  });
});

describe('impact of a savings line linked at two levels', () => {
  it('reaches the outcome (directly and above the sub-outcome), the sub-outcome, and nothing it should not', async () => {
    // AC3: 50% on outcome WO, 50% on its sub-outcome WO.5.
    const data = await ask(`{ savingsImpact(lines: ["mtfs-2017-21/AC3"]) {
      total { total { pence } }
      items { item { __typename ... on Outcome { code } ... on SubOutcome { code } }
              reach { relation through { sharePercent target { ... on Outcome { code } ... on SubOutcome { code } } } }
              apportioned { total { pence } } }
    } }`);
    const impact = data.savingsImpact;
    const byCode = new Map(impact.items.map((i: any) => [i.item.code, i]));
    const reach = (code: string) => (byCode.get(code) as any).reach.map((r: any) => `${r.relation} ${r.through.target.code} ${r.through.sharePercent}%`).sort();
    expect(reach('WO')).toEqual(['ABOVE WO.5 50%', 'TARGET WO 50%']);
    expect(reach('WO.5')).toEqual(['BELOW WO 50%', 'TARGET WO.5 50%']);
    // Every other sub-outcome of WO is reached through the outcome's share only.
    expect(reach('WO.1')).toEqual(['BELOW WO 50%']);
    expect([...byCode.keys()].filter((k) => !String(k).startsWith('WO'))).toEqual([]);
    // Money: the whole line counts against WO (both shares roll up to it), half against WO.5, none against WO.1.
    expect((byCode.get('WO') as any).apportioned.total.pence).toBe(impact.total.total.pence);
    expect((byCode.get('WO.5') as any).apportioned.total.pence).toBe(impact.total.total.pence / 2);
    expect((byCode.get('WO.1') as any).apportioned.total.pence).toBe(0);
  });

  it('goes down to aims and actions under a 2022-26 sub-outcome, without inventing money for them', async () => {
    const { token } = await (await import('../../src/auth/tokens.repository.js')).createToken(db, 'Finance', 'editor', 'test');
    const csv = 'reference,department,description,status,2021/22,2022/23,affects\nPH9,Public Health Department,Healthy weight pilot,on track,100,(20),2022-26/9 40%; 2022-26/9.3 60%\n';
    const result = await server.query(`mutation($c: String!) { importFile(kind: "savings-lines", format: CSV, content: $c, source: "impact-test.csv", edition: "mtfs-2021") { added } }`, { c: csv }, token);
    expect(result.errors).toBeUndefined();
    const data = await ask(`{ savingsImpact(lines: ["mtfs-2021/PH9"]) { total { total { pence } }
      items { item { __typename ... on Aim { code } ... on Action { code } ... on SubOutcome { code } ... on Outcome { code } } reach { relation } apportioned { total { pence } } } } }`);
    const items = data.savingsImpact.items;
    expect(data.savingsImpact.total.total.pence).toBe(8_000_000);
    const types = new Set(items.map((i: any) => i.item.__typename));
    expect(types).toEqual(new Set(['Outcome', 'SubOutcome', 'Aim', 'Action']));
    const aimUnder93 = items.find((i: any) => i.item.__typename === 'Aim' && i.item.code.startsWith('9.3'));
    expect(aimUnder93.reach.map((r: any) => r.relation).sort()).toEqual(['BELOW', 'BELOW']);
    expect(aimUnder93.apportioned).toBeNull();
    expect(items.find((i: any) => i.item.code === '9.3').apportioned.total.pence).toBe(4_800_000);
    expect(items.find((i: any) => i.item.code === '9').apportioned.total.pence).toBe(8_000_000);
  });
});

describe('the savings that reach one outcome', () => {
  it('lists each line with the shares that reach the outcome, and the money matches the outcome\'s total', async () => {
    const data = await ask(`{ outcome(plan: "2018-22", code: "WO") {
      savings(edition: "mtfs-2017-21") { illustrative apportioned { total { pence } } lines { line { reference } through { sharePercent } apportioned { total { pence } } } csv }
    } savings(edition: "mtfs-2017-21") { byOutcome(plan: "2018-22") { outcome { code } amount { total { pence } } } } }`);
    const wo = data.outcome.savings;
    const total = data.savings.byOutcome.find((o: any) => o.outcome.code === 'WO').amount.total.pence;
    expect(wo.apportioned.total.pence).toBe(total);
    expect(wo.lines.map((l: any) => l.line.reference)).toEqual(expect.arrayContaining(['AC1', 'AC3', 'CF2', 'CR3', 'CR5', 'PH1', 'PH3']));
    expect(wo.lines.reduce((sum: number, l: any) => sum + l.apportioned.total.pence, 0)).toBe(total);
    expect(wo.illustrative).toBe(true);
    expect(wo.csv.split('\n')[0]).toContain('apportioned (£)');
  });
});

describe('CSV exports', () => {
  it('exports the outcome totals with the unapportioned row and a total that equals the MTFS total', async () => {
    const data = await ask('{ savings(edition: "mtfs-2017-21") { csv(view: BY_OUTCOME) } }');
    const rows = data.savings.csv.trim().split('\n').map((r: string) => r.split(','));
    expect(rows[0]).toEqual(['level', 'key', 'name', 'lines', '2017/18 (£)', '2018/19 (£)', '2019/20 (£)', '2020/21 (£)', 'total (£)']);
    const last = rows.at(-1)!;
    expect(last[0]).toBe('total');
    expect(last.at(-1)).toBe('66000000.00');
    const outcomesAndRest = rows.filter((r: string[]) => r[0] === 'outcome' || r[0] === 'unapportioned');
    const cents = outcomesAndRest.reduce((sum: number, r: string[]) => sum + Math.round(Number(r.at(-1)) * 100), 0);
    expect(cents).toBe(6_600_000_000);
  });

  it('exports every view with a header and a row per item', async () => {
    const views = ['LINES', 'BY_OUTCOME', 'BY_DEPARTMENT', 'BY_STATUS', 'UNMAPPED', 'PROGRESS', 'FLOWS'];
    const data = await ask(`{ savings(edition: "mtfs-2017-21") { ${views.map((v) => `${v.toLowerCase()}: csv(view: ${v})`).join(' ')} } }`);
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
    const data = await ask('{ savings(edition: "mtfs-2017-21") { csv(view: BY_OUTCOME) } }');
    expect(await response.text()).toBe(data.savings.csv);
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
