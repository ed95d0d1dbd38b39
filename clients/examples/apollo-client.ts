/**
 * Apollo Client against Golden Thread, as docs/clients.md shows it: the normalised cache told which types
 * implement `Node` (the generated possibleTypes), and the connections (`search`, `links`,
 * `supportingActions`) merged page after page by relayStylePagination. tests/api/clients.test.ts runs it.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import generated from '../possible-types.json' with { type: 'json' };

export function goldenThreadClient(url: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: `${url}/graphql` }),
    cache: new InMemoryCache({
      possibleTypes: generated.possibleTypes,
      typePolicies: {
        Query: { fields: { search: relayStylePagination(['text']), links: relayStylePagination(['statuses', 'plan']) } },
        Outcome: { fields: { supportingActions: relayStylePagination(['asOf']) } },
        SubOutcome: { fields: { supportingActions: relayStylePagination(['asOf']) } },
      },
    }),
  });
}

interface SearchData {
  search: { totalCount: number; edges: { cursor: string; node: { id: string; code?: string; name?: string; text?: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export const SEARCH: TypedDocumentNode<SearchData, { text: string; first?: number; after?: string | null }> = gql`
  query Search($text: String!, $first: Int, $after: String) {
    search(text: $text, first: $first, after: $after) {
      totalCount
      edges { cursor node { id ...ItemName } }
      pageInfo { hasNextPage endCursor }
    }
  }
  fragment ItemName on Node {
    ... on Outcome { code name }
    ... on SubOutcome { code name }
    ... on Action { code text }
  }
`;

/** Two pages of a search, the second merged after the first in the cache: every hit so far, in order. */
export async function searchTwoPages(client: ApolloClient, text: string): Promise<{ ids: string[]; totalCount: number }> {
  const first = await client.query({ query: SEARCH, variables: { text, first: 3 } });
  const after = first.data?.search.pageInfo.endCursor;
  // The cache already answers the field (keyed by `text` alone), so the next page is asked of the network,
  // as useQuery's fetchMore does.
  await client.query({ query: SEARCH, variables: { text, first: 3, after }, fetchPolicy: 'network-only' });
  // relayStylePagination appended the second page, so the first page's query now reads both.
  const merged = client.readQuery({ query: SEARCH, variables: { text, first: 3 } });
  if (!merged) throw new Error('The cache cannot answer the search it was just given: check the typePolicies above.');
  return { ids: merged.search.edges.map((e) => e.node.id), totalCount: merged.search.totalCount };
}
