/** Real HTTP against the booted CMS: GraphQL over POST and GET, and REST. */
export type GraphQLResult = { status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };

export function createClient(baseUrl: string) {
  const headers = (token?: string, extra: Record<string, string> = {}) => ({
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  });

  async function graphql(query: string, variables: Record<string, unknown> = {}, options: { token?: string; method?: 'POST' | 'GET' } = {}): Promise<GraphQLResult> {
    let response: Response;
    if (options.method === 'GET') {
      const url = new URL('/graphql', baseUrl);
      url.searchParams.set('query', query);
      url.searchParams.set('variables', JSON.stringify(variables));
      // Apollo's CSRF prevention refuses GET without this header; with it, a refusal is a permission refusal.
      response = await fetch(url, { headers: headers(options.token, { 'apollo-require-preflight': 'true' }) });
    } else {
      response = await fetch(new URL('/graphql', baseUrl), {
        method: 'POST',
        headers: headers(options.token, { 'content-type': 'application/json' }),
        body: JSON.stringify({ query, variables }),
      });
    }
    return { status: response.status, body: await response.json() };
  }

  async function rest(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: headers(options.token, options.body ? { 'content-type': 'application/json' } : {}),
      body: options.body ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text so a test can show it
    }
    return { status: response.status, body };
  }

  async function signIn(identifier: string, password = 'demo-Passwort-1'): Promise<string> {
    const { status, body } = await rest('POST', '/api/auth/local', { body: { identifier, password } });
    if (status !== 200) throw new Error(`sign-in of ${identifier} failed: ${status} ${JSON.stringify(body)}`);
    return body.jwt;
  }

  return { graphql, rest, signIn };
}

export const errorCodes = (result: GraphQLResult) => (result.body.errors ?? []).map((error) => error.extensions?.code);
