/**
 * Apollo Server options come from several modules (trusted documents, developer access, operation
 * limits), each with its own plugins or validation rules: combine them instead of letting the last
 * spread win. Plugins run in the given order.
 */
type ApolloOptions = { plugins?: unknown[]; validationRules?: unknown[]; [option: string]: unknown };

export function combineApolloConfig(...parts: ApolloOptions[]): ApolloOptions {
  const combined: ApolloOptions = {};
  for (const part of parts) {
    for (const [option, value] of Object.entries(part)) {
      if ((option === 'plugins' || option === 'validationRules') && Array.isArray(value)) {
        combined[option] = [...((combined[option] as unknown[]) ?? []), ...value];
      } else if (option in combined && combined[option] !== value) {
        throw new Error(`Apollo option ${option} is set twice with different values`);
      } else combined[option] = value;
    }
  }
  return combined;
}
