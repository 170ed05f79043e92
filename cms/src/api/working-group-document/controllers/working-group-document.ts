import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::working-group-document.working-group-document');
