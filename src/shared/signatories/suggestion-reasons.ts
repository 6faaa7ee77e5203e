/** Why two signatories are suggested as one organization, as the review screen says it. */
export const SUGGESTION_REASONS = {
  'same-name': 'Same name once normalized',
  'similar-spelling': 'Spelled almost the same',
  acronym: 'One is the acronym of the other',
  'country-suffix': 'Same name, one with a country added',
} as const;
export type SuggestionReason = keyof typeof SUGGESTION_REASONS;
