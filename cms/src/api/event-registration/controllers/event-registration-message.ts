import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::event-registration.event-registration-message');
