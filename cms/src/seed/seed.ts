import type { Core, UID } from '@strapi/strapi';
import type { Blocks, OpeningHours } from './types';
import * as data from './data';
import { berlinDateTime, dateOnly, daysFromNow } from './dates';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';

/**
 * Idempotent demo data: every entry is looked up by its slug (or code, or e-mail) first and left
 * untouched when it exists, so a second run changes nothing at all.
 */
type Ids = Map<string, string>;

export async function seedDemoData(strapi: Core.Strapi) {
  const started = Date.now();
  const counts: Record<string, number> = {};
  const created = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

  const findDocumentId = async (uid: string, where: Record<string, unknown>) =>
    ((await strapi.db.query(uid as UID.Schema).findOne({ where, select: ['documentId'] })) as { documentId?: string } | null)?.documentId;

  /** Creates (published unless `draftOnly`) what does not exist yet; returns slug → documentId. */
  async function ensureAll<T extends { slug?: string; code?: string }>(
    uid: string,
    items: T[],
    build: (item: T) => Record<string, unknown>,
    options: { key?: 'slug' | 'code'; draftOnly?: (item: T) => boolean; afterCreate?: (item: T, documentId: string) => Promise<void> } = {},
  ): Promise<Ids> {
    const key = options.key ?? 'slug';
    const ids: Ids = new Map();
    for (const item of items) {
      const value = item[key] as string;
      let documentId = await findDocumentId(uid, { [key]: value });
      if (!documentId) {
        const draftOnly = options.draftOnly?.(item) ?? false;
        const document = await strapi.documents(uid as UID.ContentType).create({
          data: { ...build(item), [key]: value } as never,
          ...(draftOnly ? {} : { status: 'published' as const }),
        });
        documentId = document.documentId;
        created(uid);
        await options.afterCreate?.(item, documentId);
      }
      ids.set(value, documentId);
    }
    return ids;
  }

  const pick = (ids: Ids, keys: string[] = []) =>
    keys.map((key) => {
      const id = ids.get(key);
      if (!id) throw new Error(`seed: unknown reference "${key}"`);
      return id;
    });
  const one = (ids: Ids, key?: string) => (key ? pick(ids, [key])[0] : null);
  const confirmed = (daysAgo: number) => daysFromNow(-daysAgo).toISOString();
  // Demo moderation work: a draft the office has not reviewed yet.
  const waitingForReview = () => ({ reviewState: 'submitted', submittedAt: daysFromNow(-2).toISOString() });
  // Strapi stores times as HH:mm:ss.SSS; the data says HH:MM.
  const withSeconds = (time: string) => (time.length === 5 ? `${time}:00.000` : time);
  const openingHours = (hours?: OpeningHours) =>
    hours ? { ...hours, slots: (hours.slots ?? []).map((slot) => ({ ...slot, opens: withSeconds(slot.opens), closes: withSeconds(slot.closes) })) } : null;

  const languages = await ensureAll('api::language.language', data.languages, (language) => ({ ...language }), { key: 'code' });
  const topics = await ensureAll('api::topic.topic', data.topics, (topic) => ({ ...topic }));
  const targetGroups = await ensureAll('api::target-group.target-group', data.targetGroups, (group) => ({ ...group }));

  const orderedMunicipalities = [...data.municipalities].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  const municipalities: Ids = new Map();
  for (const municipality of orderedMunicipalities) {
    const ids = await ensureAll('api::municipality.municipality', [municipality], ({ parent, ...rest }) => ({
      ...rest,
      parent: one(municipalities, parent),
    }));
    municipalities.set(municipality.slug, ids.get(municipality.slug)!);
  }

  const actors = await ensureAll(
    'api::actor.actor',
    data.actors,
    ({ municipalities: served, languages: spoken, lastConfirmedDaysAgo, pendingDraft, ...rest }) => ({
      ...rest,
      municipalities: pick(municipalities, served),
      languages: pick(languages, spoken),
      lastConfirmedAt: confirmed(lastConfirmedDaysAgo),
    }),
    {
      // A changed draft waiting for review on top of the published version.
      afterCreate: async (actor, documentId) => {
        if (actor.pendingDraft) await strapi.documents('api::actor.actor').update({ documentId, data: { ...actor.pendingDraft, ...waitingForReview() } as never });
      },
    },
  );

  await ensureAll(
    'api::offering.offering',
    data.offerings,
    ({ actor, topic, targetGroups: groups, languages: spoken, municipalities: served, lastConfirmedDaysAgo, validFromDays, validUntilDays, neverPublished, openingHours: hours, ...rest }) => ({
      ...rest,
      openingHours: openingHours(hours),
      actor: one(actors, actor),
      topic: one(topics, topic),
      targetGroups: pick(targetGroups, groups),
      languages: pick(languages, spoken),
      municipalities: pick(municipalities, served),
      lastConfirmedAt: confirmed(lastConfirmedDaysAgo),
      validFrom: validFromDays === undefined ? null : dateOnly(validFromDays),
      validUntil: validUntilDays === undefined ? null : dateOnly(validUntilDays),
      ...(neverPublished ? waitingForReview() : {}),
    }),
    { draftOnly: (offering) => Boolean(offering.neverPublished) },
  );

  const workingGroups = await ensureAll('api::working-group.working-group', data.workingGroups, ({ topic, leadActor, memberActors, ...rest }) => ({
    ...rest,
    topic: one(topics, topic),
    leadActor: one(actors, leadActor),
    memberActors: pick(actors, memberActors),
  }));

  await ensureAll('api::event.event', data.events, ({ starts, ends, organiser, workingGroup, municipality, registrationDeadline, ...rest }) => ({
    ...rest,
    registrationDeadline: registrationDeadline ? berlinDateTime(registrationDeadline.days, registrationDeadline.time) : null,
    startsAt: berlinDateTime(starts.days, starts.time),
    endsAt: ends ? berlinDateTime(ends.days, ends.time) : null,
    organiser: one(actors, organiser),
    workingGroup: one(workingGroups, workingGroup),
    municipality: one(municipalities, municipality),
  }));

  for (const article of data.newsArticles) {
    await ensureLocalized('api::news-article.news-article', article.slug, article.de, article.localizations, {
      date: dateOnly(-article.daysAgo),
      responsiblePerson: article.responsiblePerson,
    });
  }
  for (const page of data.pages) {
    await ensureLocalized('api::page.page', page.slug, page.de, page.localizations, { key: page.key });
  }

  async function ensureLocalized(
    uid: string,
    slug: string,
    german: { title: string; summary?: string; body: Blocks },
    localizations: Partial<Record<string, { title: string; summary?: string; body: Blocks }>> | undefined,
    shared: Record<string, unknown>,
  ) {
    const documents = strapi.documents(uid as UID.ContentType);
    let documentId = await findDocumentId(uid, { slug, locale: 'de' });
    if (!documentId) {
      documentId = (await documents.create({ locale: 'de', status: 'published', data: { ...german, ...shared, slug } as never })).documentId;
      created(uid);
    }
    for (const [locale, text] of Object.entries(localizations ?? {})) {
      if (await findDocumentId(uid, { documentId, locale })) continue;
      await documents.update({ documentId, locale, status: 'published', data: { ...text, ...shared } as never });
      created(`${uid}@${locale}`);
    }
  }

  const globalUid = 'api::global.global';
  let globalId = await findDocumentId(globalUid, { locale: 'de' });
  const { de, localizations, contact, address } = data.globalSettings;
  if (!globalId) {
    globalId = (await strapi.documents(globalUid).create({ locale: 'de', data: { ...de, contact, address } as never })).documentId;
    created(globalUid);
  }
  for (const [locale, text] of Object.entries(localizations)) {
    if (await findDocumentId(globalUid, { documentId: globalId, locale })) continue;
    await strapi.documents(globalUid).update({ documentId: globalId, locale, data: { ...text, contact, address } as never });
    created(`${globalUid}@${locale}`);
  }

  for (const account of DEMO_ACCOUNTS) {
    const userUid = 'plugin::users-permissions.user';
    if (await findDocumentId(userUid, { email: account.email })) continue;
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: account.role } });
    await strapi.plugin('users-permissions').service('user').add({
      username: account.email,
      email: account.email,
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
      actor: account.actor ? one(actors, account.actor) : null,
    });
    created(userUid);
  }

  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  strapi.log.info(total === 0 ? 'Demo data: already present, nothing to do' : `Demo data: created ${total} entries in ${Date.now() - started} ms`);
  return counts;
}
