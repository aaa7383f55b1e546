import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const candidatePath = (id: string) => generatePath(paths.candidate, { id });
export const editCandidatePath = (id: string) => generatePath(paths.editCandidate, { id });
