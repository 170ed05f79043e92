import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::moderation-entry.moderation-entry');
