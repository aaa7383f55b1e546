import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const placePath = (id: string) => generatePath(paths.place, { id });
export const editPlacePath = (id: string) => generatePath(paths.editPlace, { id });
export const openPlacePath = (id: string) => generatePath(paths.openPlace, { id });
