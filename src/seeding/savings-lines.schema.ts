/**
 * Illustrative MTFS savings lines (seeds/illustrative/savings-lines.yaml). The papers give the MTFS totals
 * (seeds/finance.yaml) but no individual savings lines or cost pressures; these are made up to the papers'
 * totals so that the finance questions can be asked of something. Amounts are written as finance keeps them,
 * in £000 as text (read exactly, never as floating point): "1,250", "333.333", "(300)".
 */
import { z } from 'zod';
import { code, illustrativeFlag, key } from './seed-files.schema.js';

export const SAVINGS_STATUSES = ['PROPOSED', 'APPROVED', 'DELIVERED', 'ON_TRACK', 'AT_RISK', 'UNACHIEVABLE'] as const;

const financialYear = z.string().regex(/^\d{4}\/\d{2}$/, 'financial years are written 2017/18');
const thousands = z.string().describe('An amount in £000 as a spreadsheet shows it, e.g. "1,250" or "(300)"');
const amounts = z.record(financialYear, thousands).describe('Amount per financial year, in £000');

const Apportionment = z
  .object({
    to: key.describe('Key of a council outcome or sub-outcome, e.g. 2018-22/WO.5'),
    share: z.string().regex(/^\d{1,3}(\.\d{1,2})?%$/, 'a share is written in percent, e.g. 60% or 33.33%'),
  })
  .strict();

export const SavingsLineInput = z
  .object({
    reference: code.describe('The line\'s reference, unique within its MTFS edition, e.g. AC12'),
    department: key.describe('Key of the department (an Organisation of kind DEPARTMENT)'),
    description: z.string().min(1),
    status: z.enum(SAVINGS_STATUSES),
    amounts,
    affects: z.array(Apportionment).default([]).describe('Outcomes or sub-outcomes the line is apportioned to; none = unmapped'),
  })
  .strict();

export const CostPressureInput = z
  .object({
    reference: code,
    department: key,
    description: z.string().min(1),
    amounts,
  })
  .strict();

export const SavingsLinesFile = z
  .object({
    illustrative: illustrativeFlag,
    note: z.string().min(1),
    editions: z.array(
      z
        .object({
          document: key.describe('Key of a FINANCIAL_STRATEGY document (an MTFS edition) in seeds/documents.yaml'),
          years: z.array(financialYear).min(1).describe('The edition\'s financial years, in order'),
          costPressures: z.array(CostPressureInput).default([]).describe('The cost pressures the savings requirement includes'),
          costPressuresFigure: key.optional().describe('Key of the cited cost-pressure figure (seeds/finance.yaml) they break down'),
          lines: z.array(SavingsLineInput),
        })
        .strict(),
    ),
  })
  .strict();

export type SavingsLinesFileInput = z.infer<typeof SavingsLinesFile>;
