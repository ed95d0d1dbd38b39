/**
 * The export format: the whole graph (or one plan) as JSON, deterministic (sorted, stable keys) so that an
 * export, restored into an empty database and exported again, gives the same bytes apart from `exportedAt`.
 * Temporal values are written with their type, so they come back as the same type.
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../../neo4j/database.js';
import { readGraph, type StoredLink, type StoredNode } from './backup.repository.js';

export const EXPORT_FORMAT = 'golden-thread-export';
export const EXPORT_VERSION = 1;

export interface GraphExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  scope: string;
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  links: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

type DateTimeFields = { year: number; month: number; day: number; hour: number; minute: number; second: number; nanosecond: number; timeZoneOffsetSeconds?: number | null; timeZoneId?: string | null };

/** Driver values → JSON: a DateTime becomes {"$datetime": {...fields}}; maps get sorted keys. */
export function encodeValue(value: unknown): unknown {
  if (neo4j.isDateTime(value as object)) {
    const d = value as unknown as DateTimeFields;
    return { $datetime: { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, second: d.second, nanosecond: d.nanosecond, timeZoneOffsetSeconds: d.timeZoneOffsetSeconds ?? null, timeZoneId: d.timeZoneId ?? null } };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, encodeValue(v)]));
  }
  return value;
}

/** JSON → driver values, the inverse of encodeValue. */
export function decodeValue(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && '$datetime' in value) {
    const d = (value as { $datetime: DateTimeFields }).$datetime;
    return new neo4j.types.DateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.nanosecond, d.timeZoneOffsetSeconds ?? undefined, d.timeZoneId ?? undefined);
  }
  if (Array.isArray(value)) return value.map(decodeValue);
  return value;
}

const byIdentity = (a: StoredNode, b: StoredNode) => a.identity.localeCompare(b.identity) || a.labels.join().localeCompare(b.labels.join());
const byEnds = (a: StoredLink, b: StoredLink) =>
  a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to) || JSON.stringify(encodeValue(a.props)).localeCompare(JSON.stringify(encodeValue(b.props)));

export async function exportGraph(db: Executor, planKey: string | null = null): Promise<GraphExport> {
  const { nodes, links } = await readGraph(db, planKey);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    scope: planKey ? `plan ${planKey}` : 'whole graph',
    nodes: [...nodes].sort(byIdentity).map((n) => ({ labels: [...n.labels].sort(), props: encodeValue(n.props) as Record<string, unknown> })),
    links: [...links].sort(byEnds).map((l) => ({ type: l.type, from: l.from, to: l.to, props: encodeValue(l.props) as Record<string, unknown> })),
  };
}

/** The export as text, with `exportedAt` first so a diff of two exports shows the data, not the date. */
export function exportText(graph: GraphExport): string {
  return JSON.stringify(graph, null, 1) + '\n';
}
