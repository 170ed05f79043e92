import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::moderation-entry.moderation-entry');
