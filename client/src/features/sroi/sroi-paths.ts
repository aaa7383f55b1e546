import { generatePath } from 'react-router';
import { paths } from '@/config/paths';

export const statementPath = (id: string) => generatePath(paths.contractStatement, { id });
export const contractPath = (id: string) => generatePath(paths.contract, { id });
