/**
 * The explorer's one data path: POST /graphql on the server that serves it, like any other client. An error
 * answer becomes an Error whose message is the API's own (it names the argument and what to do).
 */
export class ApiError extends Error {}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

export async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The Golden Thread server does not answer: check that it is running, then reload the page.');
  }
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>;
  if (answer.errors?.length) throw new ApiError(answer.errors.map((e) => e.message).join(' '));
  if (!response.ok || !answer.data) throw new ApiError(`The server answered ${response.status}; reload the page, or see /readyz.`);
  return answer.data;
}
