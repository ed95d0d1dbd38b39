/**
 * The apportionment rule. A savings line's amount for a year is split between the outcomes and sub-outcomes
 * it is linked to, by their shares; what the shares leave (100% minus their sum) is unapportioned. Each part
 * is the exact share rounded DOWN to a penny; the pennies that rounding leaves over go, one each, to the
 * parts that lost the most in rounding (ties: unapportioned first, then targets in key order). So the parts
 * of every line-year add up to its amount exactly, and any total built from parts reconciles to the penny.
 */

export interface Share {
  targetKey: string;
  basisPoints: number;
}

export interface Apportioned {
  /** Pence per target key, in the order of `shares`. */
  byTarget: Map<string, number>;
  unapportioned: number;
}

const WHOLE = 10000;

export function apportion(pence: number, shares: readonly Share[]): Apportioned {
  const sign = pence < 0 ? -1 : 1;
  const amount = Math.abs(pence);
  const given = shares.reduce((sum, s) => sum + s.basisPoints, 0);
  if (given > WHOLE) throw new RangeError(`shares add up to ${given / 100}%, more than 100%`);
  const parts = [
    { key: null as string | null, basisPoints: WHOLE - given },
    ...[...shares].sort((a, b) => a.targetKey.localeCompare(b.targetKey)).map((s) => ({ key: s.targetKey as string | null, basisPoints: s.basisPoints })),
  ].map((p) => {
    // amount × bp stays well inside 2^53 for any council budget (£90bn × 10000 in pence ≈ 9e16 is the limit).
    const exact = amount * p.basisPoints;
    return { ...p, pence: Math.floor(exact / WHOLE), remainder: exact % WHOLE };
  });
  let left = amount - parts.reduce((sum, p) => sum + p.pence, 0);
  const byRemainder = parts.map((p, i) => ({ p, i })).sort((a, b) => b.p.remainder - a.p.remainder || a.i - b.i);
  for (const { p } of byRemainder) {
    if (left === 0) break;
    if (p.remainder === 0) continue;
    p.pence += 1;
    left -= 1;
  }
  const byTarget = new Map<string, number>();
  for (const s of shares) byTarget.set(s.targetKey, 0);
  let unapportioned = 0;
  for (const p of parts) {
    if (p.key === null) unapportioned = sign * p.pence || 0;
    else byTarget.set(p.key, sign * p.pence || 0);
  }
  return { byTarget, unapportioned };
}
