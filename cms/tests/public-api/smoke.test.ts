import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { createClient, errorCodes } from '../helpers/http';

let cms: TestStrapi;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  cms = await startStrapi();
  client = createClient(cms.baseUrl);
});
afterAll(async () => cms?.stop());

describe('smoke', () => {
  it('refuses drafts', async () => {
    const result = await client.graphql('{ municipalities(status: DRAFT) { name } }');
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    const rest = await client.rest('GET', '/api/offerings?status=draft');
    console.log(rest);
    const rest2 = await client.rest('GET', '/api/offerings?filters[publishedAt][$null]=true');
    console.log(rest2);
    const rest3 = await client.rest('GET', '/api/actors?populate[offerings][populate][actor][populate][offerings][populate][actor][populate][offerings][populate][actor]=true');
    console.log(rest3);
  });
});
