import type { SyncSource } from '@kansplek/search';
import { candidatesSyncSource } from './candidates/candidates.search';
import { placesSyncSource } from './places/places.search';

/**
 * The indexes the platform keeps: each feature folder defines its own (`*.search.ts`), and
 * search-sync/ keeps whatever it is given in step without knowing the features.
 */
export const searchSources = (): SyncSource[] => [candidatesSyncSource(), placesSyncSource()];
