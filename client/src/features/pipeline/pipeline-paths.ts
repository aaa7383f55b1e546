import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const matchPath = (id: string) => generatePath(paths.match, { id });
export const placePagePath = (id: string) => generatePath(paths.place, { id });
export const openPlacePagePath = (id: string) => generatePath(paths.openPlace, { id });
export const candidatePagePath = (id: string) => generatePath(paths.candidate, { id });

/** The board of one place: `/matches?plek=<id>`. */
export const PLACE_PARAM = 'plek';
export const placeBoardPath = (placeId: string) =>
  `${paths.matches}?${new URLSearchParams({ [PLACE_PARAM]: placeId }).toString()}`;

/** Board filter in the address: `/matches?afgerond=ja` also shows the matches that ended. */
export const FINISHED_PARAM = 'afgerond';
export const FINISHED_VALUE = 'ja';
