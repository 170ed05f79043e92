import { offeringsA } from './offerings-a';
import { offeringsB } from './offerings-b';

export { municipalities } from './municipalities';
export { topics, targetGroups, languages } from './taxonomies';
export { actors } from './actors';
export { workingGroups } from './working-groups';
export { events } from './events';
export { newsArticles } from './news';
export { pages } from './pages';
export { globalSettings } from './global';

export const offerings = [...offeringsA, ...offeringsB];
