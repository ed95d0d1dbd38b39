/**
 * Canonical form for look-ups by wording: case, surrounding quotes, trailing punctuation and spacing aside.
 * Shared by every look-up by words (councils, plans and their items, MTFS editions).
 */
export function lookupForm(text: string): string {
  return text.trim().replace(/^['"‘’“”*_]+|['"‘’“”*_;.:,]+$/g, '').replace(/\s+/g, ' ').toLowerCase();
}
