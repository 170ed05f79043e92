import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::moderation-entry.moderation-entry');
