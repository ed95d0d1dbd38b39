/**
 * Compiles the plan files: each plan document and its tree (themes; outcomes, sub-outcomes, aims, actions;
 * principles, approach priorities, objectives and sections), with aliases and the support a paper says an
 * item has without listing it. Item keys are "<plan key>/<code>", e.g. "2022-26/9.3".
 */
import type { PlanFileInput, UnlistedSupportInput } from './seed-files.schema.js';
import type { Place, SeedBuilder } from './seed-builder.js';
import type { SeedLabel } from './seed-graph-types.js';

type ActionInput = PlanFileInput['outcomes'][number]['subOutcomes'][number]['actions'][number];

/** Support a paper says `owner` has without listing it: one UnlistedSupport node per statement, cited. */
export function addUnlisted(b: SeedBuilder, owner: string, unlisted: UnlistedSupportInput[], place: Place): void {
  unlisted.forEach((u, i) => {
    const uPlace = { ...place, record: `${place.record}.unlisted[${i}]` };
    const key = `${owner}#unlisted-${i + 1}`;
    b.addNode(key, ['UnlistedSupport'], { kinds: [...new Set(u.kinds)], note: u.note, ...b.cite(u.citation, uPlace) }, uPlace);
    b.addLink('HAS_UNLISTED_SUPPORT', owner, key, {}, uPlace);
  });
}

const STATEMENTS = [
  ['principles', 'Principle', 'HAS_PRINCIPLE'],
  ['approaches', 'Approach', 'HAS_APPROACH'],
  ['objectives', 'Objective', 'HAS_OBJECTIVE'],
  ['sections', 'Section', 'HAS_SECTION'],
] as const;

export function addPlans(b: SeedBuilder): void {
  for (const { file, plan } of b.seeds.plans) {
    const doc = plan.document;
    const docPlace = b.place(file, ['document'], `document (${doc.key})`);
    const labels: SeedLabel[] = doc.kind === 'STRATEGIC_PLAN' ? ['Document', 'StrategicPlan'] : ['Document'];
    // The API finds plans by period and by key with one loader, so a plan's key must be its period.
    if (doc.kind === 'STRATEGIC_PLAN' && doc.key !== doc.period) {
      b.problem(docPlace, 'key', `a Strategic Plan's key must be its period ("${doc.period}"), not "${doc.key}"`);
    }
    b.addNode(doc.key, labels, {
      kind: doc.kind, title: doc.title, period: doc.period, status: doc.status, vision: doc.vision, note: doc.note,
      ...b.cite(doc.citation, docPlace),
    }, docPlace);
    // The council whose plan it is: plans are looked up by council and period, so the link is the plan's
    // place in a graph of many councils, and like every fact from a paper it quotes the words that state it.
    if (doc.owner && !doc.ownerCitation) {
      b.problem(docPlace, 'ownerCitation', `an owner needs the quote that makes it "${doc.owner}"'s plan (ownerCitation)`);
    }
    if (doc.owner) b.addLink('OWNED_BY', doc.key, doc.owner, { ...b.cite(doc.ownerCitation, docPlace, 'ownerCitation') }, docPlace);
    addUnlisted(b, doc.key, doc.unlisted, docPlace);

    const child = (code: string) => `${doc.key}/${code}`;
    plan.themes.forEach((theme, t) => {
      const place = b.place(file, ['themes', t], `themes[${t}] (${theme.code})`);
      b.addNode(child(theme.code), ['Theme'], { code: theme.code, name: theme.name, priorityCount: theme.priorityCount, order: t + 1, note: theme.note, ...b.cite(theme.citation, place) }, place);
      b.addLink('HAS_THEME', doc.key, child(theme.code), {}, place);
      theme.subThemes.forEach((sub, s) => {
        const subPlace = b.place(file, ['themes', t, 'subThemes', s], `${place.record}.subThemes[${s}] (${sub.code})`);
        b.addNode(child(sub.code), ['SubTheme'], { code: sub.code, name: sub.name, priorityCount: sub.priorityCount, order: s + 1, ...b.cite(sub.citation, subPlace) }, subPlace);
        b.addLink('HAS_SUB_THEME', child(theme.code), child(sub.code), {}, subPlace);
      });
    });

    const addActions = (parent: string, actions: ActionInput[], at: (string | number)[], place: Place) =>
      actions.forEach((action, a) => {
        const actionPlace = b.place(file, [...at, 'actions', a], `${place.record}.actions[${a}] (${action.code})`);
        b.addNode(child(action.code), ['Action'], { code: action.code, text: action.text, summarised: action.summarised, order: a + 1, note: action.note, ...b.cite(action.citation, actionPlace) }, actionPlace);
        b.addLink('HAS_ACTION', parent, child(action.code), {}, actionPlace);
        action.deliveredThrough.forEach((d) => b.addLink('DELIVERED_THROUGH', child(action.code), d, {}, actionPlace));
      });

    plan.outcomes.forEach((outcome, o) => {
      const at = ['outcomes', o];
      const place = b.place(file, at, `outcomes[${o}] (${outcome.code})`);
      // The narrative is its own quote: stored as written (paragraphs kept), checked like any quote.
      const narrative = outcome.narrative ? b.cite(outcome.narrative, place, 'narrative', 'narrative') : {};
      delete narrative.narrativeQuote;
      b.addNode(child(outcome.code), ['Outcome'], {
        code: outcome.code, name: outcome.name, statement: outcome.statement, codeBasis: outcome.codeBasis, order: o + 1, note: outcome.note,
        ...b.cite(outcome.citation, place), ...narrative, narrative: outcome.narrative?.quote.trim(),
      }, place);
      b.addLink('HAS_OUTCOME', doc.key, child(outcome.code), {}, place);
      b.addAliases(child(outcome.code), outcome.aliases, place);
      addUnlisted(b, child(outcome.code), outcome.unlisted, place);
      outcome.subOutcomes.forEach((sub, s) => {
        const subAt = [...at, 'subOutcomes', s];
        const subPlace = b.place(file, subAt, `${place.record}.subOutcomes[${s}] (${sub.code})`);
        b.addNode(child(sub.code), ['SubOutcome'], {
          code: sub.code, name: sub.name, codeBasis: sub.codeBasis, order: s + 1, note: sub.note, ...b.cite(sub.citation, subPlace),
        }, subPlace);
        b.addLink('HAS_SUB_OUTCOME', child(outcome.code), child(sub.code), {}, subPlace);
        b.addAliases(child(sub.code), sub.aliases, subPlace);
        addUnlisted(b, child(sub.code), sub.unlisted, subPlace);
        sub.aims.forEach((aim, a) => {
          const aimAt = [...subAt, 'aims', a];
          const aimPlace = b.place(file, aimAt, `${subPlace.record}.aims[${a}] (${aim.code})`);
          b.addNode(child(aim.code), ['Aim'], { code: aim.code, text: aim.text, summarised: aim.summarised, order: a + 1, note: aim.note, ...b.cite(aim.citation, aimPlace) }, aimPlace);
          b.addLink('HAS_AIM', child(sub.code), child(aim.code), {}, aimPlace);
          addActions(child(aim.code), aim.actions, aimAt, aimPlace);
        });
        addActions(child(sub.code), sub.actions, subAt, subPlace);
      });
    });

    for (const [field, label, type] of STATEMENTS) {
      plan[field].forEach((st, i) => {
        const place = b.place(file, [field, i], `${field}[${i}] (${st.code})`);
        b.addNode(child(st.code), [label], { code: st.code, name: st.name, text: st.text, order: i + 1, ...b.cite(st.citation, place) }, place);
        b.addLink(type, doc.key, child(st.code), {}, place);
      });
    }
  }
}
