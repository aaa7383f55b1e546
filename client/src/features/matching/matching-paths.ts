import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const placePagePath = (id: string) => generatePath(paths.place, { id });
export const openPlacePagePath = (id: string) => generatePath(paths.openPlace, { id });
export const candidatePagePath = (id: string) => generatePath(paths.candidate, { id });
