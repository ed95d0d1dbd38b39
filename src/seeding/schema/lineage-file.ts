/** seeds/lineage.yaml: what each outcome and sub-outcome became in the next plan. The kinds are defined in lineage-kinds.ts. */
import { z } from 'zod';
import { Citation, Confidence, LinkBasis, Stated, key } from './common.js';

export const LineageKind = z.enum(['KEPT', 'RENAMED', 'MERGED', 'SPLIT', 'SPLIT_AND_MERGED', 'DROPPED', 'NEW']);

export const LineageFile = z
  .object({
    links: z.array(
      z
        .object({
          from: key.describe('Item in the earlier plan (for NEW: the earlier plan document)'),
          to: key.describe('Item in the later plan (for DROPPED: the later plan document)'),
          kind: LineageKind,
          basis: LinkBasis,
          confidence: Confidence.default('HIGH').describe('LOW for a judgement a reviewer doubts or with a defensible alternative (say which in the rationale)'),
          rationale: z.string().min(1),
          stated: Stated.optional(),
          citation: Citation.optional(),
        })
        .strict()
        .refine((link) => link.basis !== 'CITED' || link.citation !== undefined, {
          message: 'a CITED lineage link needs a citation',
          path: ['citation'],
        }),
    ),
  })
  .strict();
