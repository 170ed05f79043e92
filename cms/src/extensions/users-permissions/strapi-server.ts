// A users-permissions user belongs to at most one actor (member organisation).
// The inverse side, actor.memberAccounts, is private and never leaves the CMS publicly.
export default (plugin) => {
  plugin.contentTypes.user.schema.attributes.actor = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::actor.actor',
    inversedBy: 'memberAccounts',
  };

  // Every authenticated request needs to know the member's actor (access/caller.ts): load it with
  // the role, in the one query users-permissions makes per request anyway.
  const userService = plugin.services.user;
  plugin.services.user = (context) => {
    const service = userService(context);
    return {
      ...service,
      fetchAuthenticatedUser(id) {
        return strapi.db.query('plugin::users-permissions.user').findOne({ where: { id }, populate: ['role', 'actor'] });
      },
    };
  };
  return plugin;
};
