import type { Core } from '@strapi/strapi';

/** Seeds demo data on first start in development, or in any environment when SEED_DEMO_DATA=true. */
export async function seedIfWanted(strapi: Core.Strapi) {
  const wanted = process.env.SEED_DEMO_DATA ?? (process.env.NODE_ENV === 'production' ? 'false' : 'true');
  if (wanted !== 'true') return;
  const { seedDemoData } = await import('./seed');
  await seedDemoData(strapi);
}
