import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::working-group-document.working-group-document');
