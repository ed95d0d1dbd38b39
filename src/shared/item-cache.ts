/**
 * Where a statement that returns more than its own rows (a supporting action's aim, a coverage row's
 * sub-outcome) hands those items over, so the fields that ask for them next need no statement of their own.
 * A no-op when compiled reads are off. Made per request by src/domains/nodes/load-item.ts, which knows each
 * item type's by-key loader.
 */
export interface ItemCache {
  /** Whether handing over is on (compiled reads); a loader priming a list of its own checks it too. */
  readonly enabled: boolean;
  /** Hands over an item of a GraphQL type (`Outcome`, `Aim`…) by key; unknown types are ignored. */
  prime(typeName: string, key: string, item: object): void;
}
