/** One thing wrong with the seed files, located precisely enough for an analyst to fix it by hand. */
export interface SeedProblem {
  file: string;
  /** 1-based line in the file, when the YAML parser or the record's position gives one. */
  line?: number;
  /** The record, e.g. `outcomes[2].subOutcomes[0]` or its key. */
  record?: string;
  field?: string;
  message: string;
}

export function formatSeedProblem(problem: SeedProblem): string {
  const where = [problem.file + (problem.line ? `:${problem.line}` : '')];
  if (problem.record) where.push(`record ${problem.record}`);
  if (problem.field) where.push(`field ${problem.field}`);
  return `${where.join(', ')}: ${problem.message}`;
}

/** Thrown when the seed files are not loadable; nothing has been written when it is thrown. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed files have ${problems.length} problem(s); nothing was written. Fix them and load again:\n` +
        problems.map((p) => `  - ${formatSeedProblem(p)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
