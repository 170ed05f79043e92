// Same bounds as GraphQL (config/plugins.ts): no unbounded list over REST either.
export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
  },
};
