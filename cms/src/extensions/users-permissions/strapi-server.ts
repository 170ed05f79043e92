// A users-permissions user belongs to at most one actor (member organisation).
// The inverse side, actor.memberAccounts, is private and never leaves the CMS publicly.
export default (plugin) => {
  plugin.contentTypes.user.schema.attributes.actor = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::actor.actor',
    inversedBy: 'memberAccounts',
  };
  return plugin;
};
