/**
 * Stored node properties → plan models. The one place that knows how plan items are stored, used by this
 * domain's repository and by the generic item loader (node(id:), search hits, path steps, lineage ends).
 */
import { citationOf, type Stored } from '../provenance/provenance.models.js';
import type { ActionModel, AimModel, OutcomeModel, PlanModel, StatementModel, SubOutcomeModel, SubThemeModel, ThemeModel } from './plans.models.js';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toPlan(p: Stored): PlanModel {
  return {
    key: String(p.key), title: String(p.title), period: String(p.period), status: text(p.status) ?? 'unknown',
    vision: text(p.vision), note: text(p.note), citation: citationOf(p),
  };
}

/** The narrative is its own quote: stored as `narrative` with `narrativeSource`, `narrativeAt` and `narrativeLine`. */
function narrativeCitationOf(o: Stored) {
  if (typeof o.narrative !== 'string' || typeof o.narrativeSource !== 'string') return null;
  return { sourceKey: o.narrativeSource, at: text(o.narrativeAt) ?? '', quote: o.narrative.replace(/\s+/g, ' '), line: typeof o.narrativeLine === 'number' ? o.narrativeLine : null };
}

export function toOutcome(planKey: string, o: Stored): OutcomeModel {
  return {
    key: String(o.key), planKey, code: String(o.code), name: String(o.name), statement: text(o.statement),
    narrative: text(o.narrative), narrativeCitation: narrativeCitationOf(o),
    codeBasis: text(o.codeBasis), note: text(o.note), citation: citationOf(o),
  };
}

export function toSubOutcome(outcomeKey: string, s: Stored): SubOutcomeModel {
  return {
    key: String(s.key), outcomeKey, code: String(s.code), name: String(s.name), codeBasis: text(s.codeBasis), note: text(s.note),
    citation: citationOf(s),
  };
}

export function toAim(subOutcomeKey: string, a: Stored): AimModel {
  return {
    key: String(a.key), subOutcomeKey, code: String(a.code), text: String(a.text), summarised: a.summarised === true, note: text(a.note),
    version: Number(a.version ?? 0), citation: citationOf(a),
  };
}

export function toAction(a: Stored, parents: { aimKey: string | null; subOutcomeKey: string | null; ownerKey: string | null }): ActionModel {
  return {
    key: String(a.key), code: String(a.code), text: String(a.text), summarised: a.summarised === true, note: text(a.note),
    illustrative: a.illustrative === true, citation: citationOf(a), ...parents,
    version: Number(a.version ?? 0), retiredAt: a.retiredAt == null ? null : String(a.retiredAt), retiredReason: text(a.retiredReason),
  };
}

export function toTheme(planKey: string, t: Stored, subs: Stored[]): ThemeModel {
  return {
    key: String(t.key), planKey, code: String(t.code), name: String(t.name), priorityCount: Number(t.priorityCount ?? 0), note: text(t.note),
    citation: citationOf(t),
    subThemes: subs.map((s) => toSubTheme(String(t.key), s)),
  };
}

export function toSubTheme(themeKey: string, s: Stored): SubThemeModel {
  return { key: String(s.key), themeKey, code: String(s.code), name: String(s.name), priorityCount: Number(s.priorityCount ?? 0), citation: citationOf(s) };
}

/** The links from a document to its statements, and the kind of statement each gives. */
export const STATEMENT_LINKS = {
  HAS_PRINCIPLE: 'PRINCIPLE', HAS_APPROACH: 'APPROACH', HAS_OBJECTIVE: 'OBJECTIVE', HAS_SECTION: 'SECTION', HAS_COMPONENT: 'COMPONENT',
} as const;
export type StatementLink = keyof typeof STATEMENT_LINKS;
/** For Cypher: `HAS_PRINCIPLE|HAS_APPROACH|...` (constants of the code, never input). */
export const STATEMENT_LINK_TYPES = Object.keys(STATEMENT_LINKS).join('|');

export function toStatement(link: StatementLink, documentKey: string, s: Stored): StatementModel {
  return {
    key: String(s.key), kind: STATEMENT_LINKS[link], documentKey, code: String(s.code), name: String(s.name), text: text(s.text),
    citation: citationOf(s),
  };
}

/** Where an action hangs (its aim, sub-outcome and owner), for any statement that returns actions as `a`. */
export const ACTION_PLACE_FIELDS = `
       [(x:Aim)-[:HAS_ACTION]->(a) WHERE x.retiredAt IS NULL | x.key][0] AS aimKey,
       [(x:SubOutcome)-[:HAS_AIM|HAS_ACTION*1..2]->(a) WHERE x.retiredAt IS NULL | x.key][0] AS subOutcomeKey,
       [(a)-[:OWNED_BY]->(x:Organisation) | x.key][0] AS ownerKey`;

export type ActionRow = { a: Stored; aimKey: string | null; subOutcomeKey: string | null; ownerKey: string | null };

export const actionFromRow = (r: ActionRow): ActionModel =>
  toAction(r.a, { aimKey: r.aimKey, subOutcomeKey: r.subOutcomeKey, ownerKey: r.ownerKey });
