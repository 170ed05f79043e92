import { describe, expect, it } from 'vitest';
import { introspectionAudience } from '../../src/graphql/developer-access';
import { exposureSuite } from './exposure-cases';

exposureSuite('production');

describe('GRAPHQL_INTROSPECTION', () => {
  it('opens introspection to everyone only when set to true, and closes it when set to false', () => {
    expect(introspectionAudience({ NODE_ENV: 'production' })).toBe('nobody');
    expect(introspectionAudience({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toBe('everyone');
    expect(introspectionAudience({ NODE_ENV: 'development' })).toBe('localhost');
    expect(introspectionAudience({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' })).toBe('nobody');
  });
});
