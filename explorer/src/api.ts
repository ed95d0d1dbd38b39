/**
 * The explorer's one data path: POST /graphql on the server that serves it, like any other client. An error
 * answer becomes an Error whose message is the API's own (it names the argument and what to do).
 *
 * Read-your-writes behind a load balancer: the bookmark of the latest write an answer reports
 * (`extensions.bookmark`) is kept for the tab (sessionStorage, so a reload keeps it) and sent as
 * `x-neo4j-bookmark` with every later request, so whichever API process answers reads that write.
 *
 * Every question is a typed document, `graphql(\`…\`)` from ./generated/gql.js (GraphQL Code Generator's
 * client preset, `npm run codegen`): its answer's type and its variables' come from the SDL, so no view declares
 * the shape of an answer by hand.
 */
import type { TypedDocumentString } from './generated/graphql.js';

export class ApiError extends Error {}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
  extensions?: { bookmark?: string };
}

const BOOKMARK_KEY = 'golden-thread-bookmark';

function lastBookmark(): string | null {
  try {
    return sessionStorage.getItem(BOOKMARK_KEY);
  } catch {
    return null; // storage refused (private mode): reads still work, only without the wait
  }
}

function keepBookmark(bookmark: string | undefined): void {
  if (!bookmark) return;
  try {
    sessionStorage.setItem(BOOKMARK_KEY, bookmark);
  } catch {
    // as above
  }
}

/** The variables argument: left out for a document that takes none, required (and checked) otherwise. */
type VariablesArgument<V> = V extends Record<string, never> ? [] : [variables: V];

export async function ask<T, V>(document: TypedDocumentString<T, V>, ...[variables]: VariablesArgument<V>): Promise<T>;
/**
 * A question as plain text, its answer's type declared by the caller and unchecked: left for the progress and
 * report views, whose documents are built from parts and shared with their API tests as strings. New code asks
 * with a typed document.
 */
export async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
export async function ask(document: TypedDocumentString<unknown, unknown> | string, variables?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(lastBookmark() ? { 'x-neo4j-bookmark': lastBookmark()! } : {}) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('The Golden Thread server does not answer: check that it is running, then reload the page.');
  }
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<unknown>;
  keepBookmark(answer.extensions?.bookmark);
  if (answer.errors?.length) throw new ApiError(answer.errors.map((e) => e.message).join(' '));
  if (!response.ok || !answer.data) throw new ApiError(`The server answered ${response.status}; reload the page, or see /readyz.`);
  return answer.data;
}
