import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::working-group.working-group');
