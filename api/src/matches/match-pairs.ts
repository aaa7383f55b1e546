import type { Types } from 'mongoose';
import { MatchModel, type MatchDoc } from './matches.model';

type Id = Types.ObjectId | string;

/** What a contract's pipeline needs of a match, without reading it. */
export interface MatchSummary {
  id: string;
  placeId: string;
  candidateId: string;
  stage: string;
}

/**
 * Which candidate already has a match for which place: proposals leave them out, recommendations
 * leave out the places, and a second match for a pair is refused. Each an indexed query.
 */
export async function candidatesMatchedTo(placeId: Id): Promise<Set<string>> {
  const found = await MatchModel.find({ placeId }).select({ candidateId: 1 }).lean();
  return new Set(found.map((m) => String(m.candidateId)));
}

/** The ids of places this candidate has a match for. */
export async function placesMatchedTo(candidateId: Id): Promise<Set<string>> {
  const found = await MatchModel.find({ candidateId }).select({ placeId: 1 }).lean();
  return new Set(found.map((m) => String(m.placeId)));
}

export async function hasMatch(placeId: Id, candidateId: Id): Promise<boolean> {
  return (await MatchModel.exists({ placeId, candidateId })) !== null;
}

/** The matches of a contractor at these stages. */
export async function contractorMatchesAt(
  contractorId: Id,
  stages: readonly string[],
): Promise<MatchSummary[]> {
  const found = await MatchModel.find({ contractorId, stage: { $in: stages as MatchDoc['stage'][] } })
    .select({ placeId: 1, candidateId: 1, stage: 1 })
    .lean<Array<Pick<MatchDoc, '_id' | 'placeId' | 'candidateId' | 'stage'>>>();
  return found.map((m) => ({
    id: String(m._id),
    placeId: String(m.placeId),
    candidateId: String(m.candidateId),
    stage: m.stage,
  }));
}
