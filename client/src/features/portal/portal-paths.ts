import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const openPlacePagePath = (id: string) => generatePath(paths.openPlace, { id });

/** The match page of the pipeline feature, with the whole timeline. */
export const matchPagePath = (id: string) => generatePath(paths.match, { id });
