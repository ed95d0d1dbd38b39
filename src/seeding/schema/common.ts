/**
 * The pieces every seed file shares: keys and codes, the citation (a paper, a place in it, a verbatim quote),
 * other wordings (aliases), the words of a quote that name a link's two ends, and support a paper says an
 * item has without listing it.
 */
import { z } from 'zod';

/** Where a fact comes from: a source paper (by key, see seeds/sources.yaml), a place in it, and a verbatim quote. */
export const Citation = z
  .object({
    source: z.string().min(1).describe('Key of the source paper in seeds/sources.yaml'),
    at: z
      .string()
      .min(1)
      .describe('Paragraph number or heading as the paper shows it, e.g. "para 14" or "heading: Strong Economy"'),
    quote: z
      .string()
      .min(3)
      .describe('Short quote found verbatim (whitespace aside) in the source file'),
  })
  .strict();

/** Another wording of a record, found in a paper; look-ups by it find the canonical record. */
export const Alias = z
  .object({
    text: z.string().min(1),
    kind: z.enum(['name', 'code']).default('name'),
    note: z.string().optional().describe('Why this wording is not the canonical one'),
    citation: Citation,
  })
  .strict();

export const code = z.string().regex(/^[A-Za-z0-9.\-]+$/, 'codes use letters, digits, dots and dashes only');
export const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.\-/:]*$/, 'keys use letters, digits, dots, dashes and slashes');
export const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'dates are written YYYY-MM-DD (or YYYY-MM)');

/**
 * For a CITED link: the words of its quote that name each end, when the checker cannot find the end's own
 * name there ("The Plan" for the 2022-26 plan). Each must be in the quote, apart from the other, and share a
 * word with its end's name, title, alias or plan.
 */
export const Stated = z
  .object({
    from: z.string().min(2).optional().describe('Words of the quote that name the link\'s first end'),
    to: z.string().min(2).optional().describe('Words of the quote that name the link\'s second end'),
  })
  .strict();

/** How a link between two items is known. */
export const LinkBasis = z.enum(['CITED', 'ANALYST_JUDGEMENT']);

/** How sure an analyst's judgement is: LOW marks one a reviewer doubts or that has a defensible alternative. */
export const Confidence = z.enum(['HIGH', 'LOW']);

/** The kinds of support coverage counts (the API's SupportType). */
export const SUPPORT_KINDS = ['AIM', 'ACTION', 'OWNER', 'MEASURE', 'PARTNER_PRIORITY', 'BUSINESS_PLAN_COMMITMENT'] as const;

/**
 * Support a paper says an item has but does not list ("includes specific aims and actions to deliver the
 * sub-outcome"): coverage reports it apart from "has none" and does not count it as a gap.
 */
export const UnlistedSupport = z
  .object({
    kinds: z.array(z.enum(SUPPORT_KINDS)).min(1).describe('The kinds of support the paper says the item has'),
    note: z.string().optional().describe('How the quote was read, where it needs reading'),
    citation: Citation,
  })
  .strict();

/**
 * Illustrative data: the papers do not give it. The file and every record must say `illustrative: true`,
 * and the API says so on everything it returns from it.
 */
export const illustrativeFlag = z.literal(true, { error: 'illustrative data must say `illustrative: true`' });

export type CitationInput = z.infer<typeof Citation>;
export type AliasInput = z.infer<typeof Alias>;
export type StatedInput = z.infer<typeof Stated>;
export type UnlistedSupportInput = z.infer<typeof UnlistedSupport>;
