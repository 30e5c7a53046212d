// The explorer's only way to the data: POST graphql, the same public endpoint as any client.
export class QueryError extends Error {}

const endpoint = () => new URL("graphql", document.baseURI).toString();

export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(endpoint(), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new QueryError(`The API did not answer (${error.message}).`);
  }
  const body = await response.json().catch(() => null);
  if (!body) throw new QueryError(`The API answered HTTP ${response.status} without JSON.`);
  if (body.errors?.length) throw new QueryError(body.errors.map((e) => e.message).join("; "));
  if (body.error) throw new QueryError(body.error);
  return body.data;
}

// "Open in playground": GraphiQL at /graphql opens #query=&variables= in a tab of its own (a
// fragment: the server runs GET /graphql?query=... instead of showing the playground).
export function playgroundUrl(query, variables) {
  const url = new URL("graphql", document.baseURI);
  const handed = new URLSearchParams({ query });
  const defined = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== null && v !== undefined));
  if (Object.keys(defined).length) handed.set("variables", JSON.stringify(defined, null, 2));
  url.hash = handed.toString();
  return url.toString();
}
