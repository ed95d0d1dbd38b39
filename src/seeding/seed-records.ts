/**
 * Compiles the files of records beside the plans: the papers (and their contact officers), organisations,
 * other documents and how documents relate, meetings and their decisions, monitoring, assessments, and the
 * financial figures as the papers state them.
 */
import type { SeedBuilder } from './seed-builder.js';

export function addSources(b: SeedBuilder): void {
  const file = 'seeds/sources.yaml';
  b.seeds.sources.sources.forEach((s, i) => {
    const place = b.place(file, ['sources', i], `sources[${i}] (${s.key})`);
    b.addNode(s.key, ['SourceDocument'], { file: `seeds/${s.file}`, title: s.title, body: s.body, date: s.date, textOf: s.textOf }, place);
    if (s.textOf) b.expect(s.textOf, place, 'textOf', ['Document']);
    s.contactOfficers.forEach((c, j) => {
      const cPlace = b.place(file, ['sources', i, 'contactOfficers', j], `${place.record}.contactOfficers[${j}] (${c.name})`);
      const key = `${s.key}#contact-${j + 1}`;
      b.addNode(key, ['ContactOfficer'], { name: c.name, post: c.post, order: j + 1, ...b.cite(c.citation, cPlace) }, cPlace);
      b.addLink('HAS_CONTACT_OFFICER', s.key, key, {}, cPlace);
      if (c.department) {
        b.addLink('WORKS_IN', key, c.department, {}, cPlace);
        b.expect(c.department, cPlace, 'department', ['Organisation']);
      }
    });
  });
}

export function addOrganisations(b: SeedBuilder): void {
  const file = 'seeds/organisations.yaml';
  b.seeds.organisations.organisations.forEach((o, i) => {
    const place = b.place(file, ['organisations', i], `organisations[${i}] (${o.key})`);
    b.addNode(o.key, ['Organisation'], { name: o.name, kind: o.kind, note: o.note, ...b.cite(o.citation, place) }, place);
    if (o.partOf) b.addLink('PART_OF', o.key, o.partOf, {}, place);
    if (o.replacedBy) {
      const rPlace = b.place(file, ['organisations', i, 'replacedBy'], `${place.record}.replacedBy`);
      b.addLink('REPLACED_BY', o.key, o.replacedBy.by, { ...b.cite(o.replacedBy.citation, rPlace) }, rPlace);
      b.expect(o.replacedBy.by, rPlace, 'replacedBy.by', ['Organisation']);
    }
    b.addAliases(o.key, o.aliases, place);
  });
}

export function addDocuments(b: SeedBuilder): void {
  const file = 'seeds/documents.yaml';
  b.seeds.documents.documents.forEach((d, i) => {
    const place = b.place(file, ['documents', i], `documents[${i}] (${d.key})`);
    b.addNode(d.key, ['Document'], { kind: d.kind, title: d.title, period: d.period, status: d.status, note: d.note, ...b.cite(d.citation, place) }, place);
    if (d.owner) b.addLink('OWNED_BY', d.key, d.owner, {}, place);
    b.addAliases(d.key, d.aliases, place);
    const statements = [['objectives', 'Objective', 'HAS_OBJECTIVE'], ['components', 'Component', 'HAS_COMPONENT']] as const;
    for (const [field, label, type] of statements) {
      d[field].forEach((st, j) => {
        const stPlace = b.place(file, ['documents', i, field, j], `${place.record}.${field}[${j}] (${st.code})`);
        b.addNode(`${d.key}/${st.code}`, [label], { code: st.code, name: st.name, text: st.text, order: j + 1, ...b.cite(st.citation, stPlace) }, stPlace);
        b.addLink(type, d.key, `${d.key}/${st.code}`, {}, stPlace);
      });
    }
  });
  b.seeds.documents.relations.forEach((r, i) => {
    const place = b.place(file, ['relations', i], `relations[${i}] (${r.from} ${r.kind} ${r.to})`);
    const link = b.addLink(r.kind, r.from, r.to, {
      note: r.note, basis: r.basis, rationale: r.rationale ?? r.note ?? 'Stated in the cited paper.', ...b.cite(r.citation, place),
    }, place);
    if (r.basis === 'CITED') b.citedLink(link, r.citation, r.stated, place);
  });
}

export function addGovernance(b: SeedBuilder): void {
  const file = 'seeds/governance.yaml';
  const { meetings, monitoring, assessments } = b.seeds.governance;
  meetings.forEach((m, i) => {
    const place = b.place(file, ['meetings', i], `meetings[${i}] (${m.key})`);
    b.addNode(m.key, ['Meeting'], { date: m.date }, place);
    b.addLink('HELD', m.body, m.key, {}, place);
    m.decisions.forEach((d, j) => {
      const dPlace = b.place(file, ['meetings', i, 'decisions', j], `${place.record}.decisions[${j}]`);
      b.addLink('DECIDED', m.key, d.document, { kind: d.kind, summary: d.summary, ...b.cite(d.citation, dPlace) }, dPlace, `:${d.kind}`);
    });
  });
  monitoring.forEach((m, i) => {
    const place = b.place(file, ['monitoring', i], `monitoring[${i}] (${m.board} monitors ${m.monitors})`);
    b.addLink('MONITORED_BY', m.monitors, m.board, { how: m.how, ...b.cite(m.citation, place) }, place);
  });
  assessments.forEach((a, i) => {
    const place = b.place(file, ['assessments', i], `assessments[${i}] (${a.key})`);
    b.addNode(a.key, ['Assessment'], { kind: a.kind, conclusion: a.conclusion, note: a.note, ...b.cite(a.citation, place) }, place);
    b.addLink('ASSESSES', a.key, a.document, {}, place);
    b.expect(a.document, place, 'document', ['Document']);
  });
}

export function addFinance(b: SeedBuilder): void {
  const file = 'seeds/finance.yaml';
  b.seeds.finance.figures.forEach((f, i) => {
    const place = b.place(file, ['figures', i], `figures[${i}] (${f.key})`);
    b.addNode(f.key, ['FinancialFigure'], {
      kind: f.kind, description: f.description, amountPence: f.amountPounds * 100, period: f.period, ...b.cite(f.citation, place),
    }, place);
    b.addLink('FIGURE_OF', f.key, f.document, {}, place);
    if (f.partOf) b.addLink('PART_OF', f.key, f.partOf, { note: f.partOfNote, ...b.cite(f.partOfCitation, place, 'partOfCitation') }, place);
  });
}
