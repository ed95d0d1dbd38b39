/**
 * graphql-request against Golden Thread, as docs/clients.md shows it: no cache, one request per call, and
 * a page of a connection followed with `after` until `hasNextPage` is false. tests/api/clients.test.ts runs it.
 */
import { GraphQLClient, gql } from 'graphql-request';

const SUPPORTING_ACTIONS = gql`
  query SupportingActions($plan: String!, $code: String!, $after: String) {
    subOutcome(plan: $plan, code: $code) {
      supportingActions(first: 5, after: $after) {
        totalCount
        edges { how node { id code text } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface Page {
  subOutcome: { supportingActions: { totalCount: number; edges: { how: string; node: { id: string; code: string; text: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
}

/** Every action supporting a sub-outcome, five a request. */
export async function allSupportingActions(url: string, plan: string, code: string): Promise<{ id: string; code: string; how: string }[]> {
  const client = new GraphQLClient(`${url}/graphql`);
  const actions: { id: string; code: string; how: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await client.request<Page>(SUPPORTING_ACTIONS, { plan, code, after });
    const connection = page.subOutcome?.supportingActions;
    if (!connection) throw new Error(`No sub-outcome ${code} in plan ${plan}: check both against the plans query.`);
    actions.push(...connection.edges.map((e) => ({ id: e.node.id, code: e.node.code, how: e.how })));
    if (!connection.pageInfo.hasNextPage) return actions;
    after = connection.pageInfo.endCursor;
  }
}
