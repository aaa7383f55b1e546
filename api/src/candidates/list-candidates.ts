import type { QueryFilter } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import {
  LANGUAGE_LEVELS,
  type TCandidateListItem,
  type TCandidateListQuery,
  type TConsultantOption,
  type TConsultantOptionsQuery,
  type TPageInfo,
} from '../contract';
import { containsPattern, paginate } from '../http/pagination';
import { UserModel, type UserDoc } from '../users/users.model';
import { CandidateModel, type CandidateDoc } from './candidates.model';
import { candidateScope } from './candidates.policy';
import { loadCandidateRelations, presentCandidateListItem } from './candidates.presenter';

const SORT_FIELDS: Record<string, string> = {
  name: 'sortName',
  waitingSince: 'waitingSince',
  createdAt: 'createdAt',
};

/** The consultant's candidate list: no sensitive fields, so reading it writes no audit entry. */
export async function listCandidates(
  user: SessionUser,
  query: TCandidateListQuery,
): Promise<{ data: TCandidateListItem[]; page: TPageInfo }> {
  const filter: QueryFilter<CandidateDoc> = { $and: [candidateScope(user)] };
  if (query.q) {
    const pattern = containsPattern(query.q);
    filter.$and!.push({ $or: [{ fullName: pattern }, { lastName: pattern }] });
  }
  if (query.status) filter.status = query.status;
  if (query.municipalityCode) filter.municipalityCode = query.municipalityCode;
  if (query.consultantId) filter.consultantId = query.consultantId;
  if (query.drivingLicence !== undefined) filter.drivingLicence = query.drivingLicence;
  // "At least B1": B1, B2, C1 and C2 all qualify.
  if (query.dutchLevel)
    filter.dutchLevel = { $in: LANGUAGE_LEVELS.slice(LANGUAGE_LEVELS.indexOf(query.dutchLevel)) };
  const descending = query.sort.startsWith('-');
  const sort = `${descending ? '-' : ''}${SORT_FIELDS[query.sort.replace(/^-/, '')]}`;
  const { items, page } = await paginate(CandidateModel, filter, { ...query, sort });
  const docs = items as CandidateDoc[];
  const related = await loadCandidateRelations(docs);
  return { data: docs.map((doc) => presentCandidateListItem(doc, related)), page };
}

/** Consultants of the caller's own service point, to choose a candidate's responsible consultant. */
export async function listConsultantOptions(
  user: SessionUser,
  query: TConsultantOptionsQuery,
): Promise<{ data: TConsultantOption[]; page: TPageInfo }> {
  const filter: Record<string, unknown> = {
    role: 'consultant',
    organisationId: user.organisationId,
    status: { $ne: 'disabled' },
  };
  if (query.q) filter.name = containsPattern(query.q);
  const { items, page } = await paginate(UserModel, filter, { ...query, sort: 'name' });
  return { data: (items as UserDoc[]).map((u) => ({ id: String(u._id), name: u.name })), page };
}
