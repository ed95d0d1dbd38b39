/**
 * seeds/measures.yaml: the indicators the papers name, each cited, and what each measures. A measure is
 * one indicator (INDICATOR) or a set of indicators a paper names without listing them (INDICATOR_SET: the
 * 2014-18 plan's "agreed performance indicators"). Targets and values are not in the papers.
 */
import { z } from 'zod';
import { Alias, Citation, Confidence, LinkBasis, Stated, code, key } from './common.js';

export const MeasuredItem = z
  .object({
    item: key.describe('Key of what the measure is used to judge: a plan, outcome, sub-outcome or aim'),
    basis: LinkBasis,
    confidence: Confidence.default('HIGH'),
    rationale: z.string().min(1).describe('Why the measure judges the item'),
    stated: Stated.optional(),
    citation: Citation.optional(),
  })
  .strict()
  .refine((m) => m.basis !== 'CITED' || m.citation !== undefined, { message: 'a CITED link needs a citation', path: ['citation'] });

export const MeasuresFile = z
  .object({
    measures: z.array(
      z
        .object({
          code: code.describe('Short code assigned by the project; the key is measure/<code>'),
          kind: z.enum(['INDICATOR', 'INDICATOR_SET']),
          name: z.string().min(1).describe('The indicator in the paper\'s words'),
          unit: z.string().optional().describe('What it counts in, where the paper says (e.g. "percentage of children")'),
          note: z.string().optional(),
          citation: Citation,
          aliases: z.array(Alias).default([]),
          for: z.array(MeasuredItem).min(1),
        })
        .strict(),
    ),
  })
  .strict();
