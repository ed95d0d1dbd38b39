/**
 * The illustrative progress file (seeds/illustrative/progress.yaml): the papers name indicators and actions
 * but give no targets, values or owners' updates, so these are invented for demonstration. The file, every
 * measure block and every update say `illustrative: true`, and every answer built on them says so too.
 */
import { z } from 'zod';
import { readPeriod } from '../../domains/progress/period-grammar.js';
import { code, illustrativeFlag, key } from './common.js';

const period = z.string().refine((p) => readPeriod(p)?.label === p, {
  error: 'periods are written 2023/24 (a financial year), 2023/24 Q2 (a quarter, Q1 is April-June) or 2023/24 M07 (a month, M01 is April)',
});
const time = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'times are written 2023-10-20T09:00:00Z (UTC)');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');

export const ProgressFile = z
  .object({
    illustrative: illustrativeFlag,
    note: z.string().min(1).describe('Why the data is illustrative and how to replace it with a council\'s own'),
    recordedBy: z.string().min(1).describe('Who the records say recorded them'),
    measures: z.array(
      z
        .object({
          measure: code.describe('Code of a measure in seeds/measures.yaml, e.g. HEALTHY-WEIGHT'),
          illustrative: illustrativeFlag,
          direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
          tolerance: z.number().min(0).default(0).describe('How far short of target is still amber, in the measure\'s unit'),
          baseline: z.object({ value: z.number(), period }).strict().optional(),
          targets: z.array(z.object({ period, target: z.number(), setAt: time }).strict()).default([]),
          values: z.array(z.object({ period, value: z.number(), source: z.string().optional(), note: z.string().optional(), recordedAt: time }).strict()),
        })
        .strict(),
    ),
    updates: z.array(
      z
        .object({
          action: key.describe('Key of an action, e.g. 2022-26/9.3-A2-1'),
          illustrative: illustrativeFlag,
          period,
          status: z.enum(['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'STOPPED']),
          commentary: z.string().min(3),
          revisedDate: date.optional(),
          recordedAt: time,
        })
        .strict(),
    ),
  })
  .strict();

export type ProgressFileInput = z.infer<typeof ProgressFile>;
