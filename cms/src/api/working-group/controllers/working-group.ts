import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::working-group.working-group');
