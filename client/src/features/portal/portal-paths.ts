import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const openPlacePagePath = (id: string) => generatePath(paths.openPlace, { id });

/** The match page of the pipeline feature (route `/matches/:id`), with the whole timeline. */
export const matchPagePath = (id: string) => `/matches/${encodeURIComponent(id)}`;
