/**
 * The plans a view's picker offers, each by its period (the look-ups take a plan by its period, so a plan the
 * papers give none cannot be chosen), leaving out those the view cannot show (2014-18 has themes, not outcomes).
 */
export function planChoices(plans: readonly { period: string | null; title: string }[], leaveOut: readonly string[] = []): { value: string; text: string }[] {
  return plans.flatMap((p) => (p.period && !leaveOut.includes(p.period) ? [{ value: p.period, text: `${p.period}: ${p.title}` }] : []));
}
