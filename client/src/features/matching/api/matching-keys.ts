/** Query keys of the matching feature; every answer about a place's matching sits under its place id. */
export const matchingQueryKey = ['matching'] as const;

export const placeMatchingKey = (placeId: string) => [...matchingQueryKey, 'place', placeId] as const;
