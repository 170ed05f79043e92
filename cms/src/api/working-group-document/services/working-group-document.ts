import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::working-group-document.working-group-document');
