import { describe, it } from 'vitest';
import { writeFileSync, appendFileSync } from 'node:fs';
import { useCms } from './helpers/suite';

const cms = useCms({ GRAPHQL_FREE_FORM: 'everyone' });
const OUT = '/tmp/review/out2.txt';
const log = (label: string, value: unknown) => appendFileSync(OUT, `\n### ${label}\n${typeof value === 'string' ? value : JSON.stringify(value).slice(0, 600)}\n`);

describe('probes', () => {
  it('runs', async () => {
    writeFileSync(OUT, '');
    for (const hops of [9]) {
      const keys = Array.from({ length: hops }, (_, i) => (i % 2 === 0 ? 'actors' : 'municipalities'));
      const path = `/api/municipalities?filters${keys.map((k) => `[${k}]`).join('')}[name][$containsi]=zzqq&fields[0]=slug`;
      const t = Date.now();
      const pending = cms.client.rest('GET', path);
      await new Promise((ok) => setTimeout(ok, 1000));
      const th = Date.now();
      const h = await cms.client.rest('GET', '/api/topics?fields[0]=slug');
      log('light request during', `${h.status} ${Date.now() - th}ms`);
      const r = await pending;
      log(`relation filter hops=${hops}`, `${r.status} ${Date.now() - t}ms ${JSON.stringify(r.body).slice(0, 200)}`);
      if (Date.now() - t > 60_000) break;
    }
  }, 500_000);
});
