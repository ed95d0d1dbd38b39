/**
 * One example query GraphiQL opens with. Each domain lists its own (`examples` in its index.ts); every one must
 * run against the seed data, and the examples' test runs each within a statement budget.
 */
export interface GraphiQLExample {
  /** A comment line saying the question, then one named operation (its name is the GraphiQL tab's). */
  query: string;
  variables?: Record<string, unknown>;
  /** A mutation example needs an editor's token; the tests and docs:queries run it as one (a dry run writes nothing). */
  asEditor?: boolean;
}
