import type { Types } from 'mongoose';
import { epochDay, failedConstraints, scoreMatch, type MatchWeights } from '@kansplek/search';
import type { SessionUser } from '../../http/session-user';
import { findVisibleCandidate } from '../../candidates/candidate-records';
import { toCandidateDocument } from '../../candidates/candidates.search';
import type { TCreateMatch, TDismissMatch, TMatch, TMatchListQuery, TPageInfo } from '../../contract';
import { dutchToday } from '../../contracts/today';
import { updateDocument, withLock } from '../../database/document-lock';
import { findByIdMatching } from '../../database/find-by-id';
import { AppError, conflict, notFound, staleVersion } from '../../http/app-error';
import { paginate } from '../../http/pagination';
import { assertDisplacementConfirmed } from '../../places/displacement-guard';
import { toPlaceDocuments } from '../../places/places.search';
import { findVisiblePlace } from '../../places/get-place';
import { matchCandidateFromDocument, matchPlaceFromDocument } from './match-documents';
import { hasMatch } from '../match-pairs';
import { MatchModel, type MatchDoc } from '../matches.model';
import { presentMatch, presentMatches } from '../matches.presenter';

const DUPLICATE_KEY = 11000;

const timelineEntry = (user: SessionUser, stage: TMatch['stage'], note: string) => ({
  stage,
  at: new Date(),
  byId: user.id,
  byName: user.name,
  note,
});

/**
 * A consultant acts on a proposal (shortlist or dismiss, with a reason) or adds a candidate by hand.
 * The score at that moment is kept with the match; constraints a hand-added candidate fails are
 * recorded as knowingly overridden. Consent to matching is never overridden: without it the
 * candidate may not be matched at all.
 */
export async function createMatch(
  user: SessionUser,
  placeId: string,
  input: TCreateMatch,
  weights: MatchWeights,
): Promise<TMatch> {
  const place = await findVisiblePlace(user, placeId);
  if (place.status === 'filled' || place.status === 'closed') {
    throw new AppError(422, 'unprocessable', 'This place is filled or closed; it takes no more candidates', {
      issues: [{ path: 'params.id', code: 'place_not_open', message: 'The place is filled or closed' }],
    });
  }
  const candidate = await findVisibleCandidate(user, input.candidateId);
  const candidateDoc = toCandidateDocument(candidate);
  const [placeDoc] = await toPlaceDocuments([place]);
  if (!candidateDoc || !placeDoc) {
    throw new AppError(
      422,
      'unprocessable',
      'The candidate and the place both need an address to be matched',
    );
  }
  const matchCandidate = matchCandidateFromDocument(candidateDoc);
  const matchPlace = matchPlaceFromDocument(placeDoc);
  const failed = failedConstraints(matchCandidate, matchPlace);
  if (failed.includes('no_consent')) {
    throw new AppError(422, 'unprocessable', 'The candidate has not consented to matching', {
      issues: [{ path: 'body.candidateId', code: 'no_consent', message: 'No consent to matching' }],
    });
  }
  const stage = input.action === 'shortlist' ? 'shortlisted' : 'declined';
  // Dismissing is always possible; taking a candidate on for a flagged place waits for its confirmation.
  if (stage === 'shortlisted') await assertDisplacementConfirmed(place._id);
  const created = await insertUniqueMatch({
    placeId: place._id,
    candidateId: candidate._id,
    regionId: candidate.regionId,
    contractorId: place.contractorId,
    stage,
    source: input.source,
    score: scoreMatch(matchCandidate, matchPlace, epochDay(dutchToday()), weights),
    proposalRank: input.rank ?? null,
    overriddenConstraints: failed,
    dismissal: stage === 'declined' ? { reason: input.reason!, note: input.note } : null,
    timeline: [timelineEntry(user, stage, input.note)],
  });
  return presentMatch(created);
}

/**
 * Stores a new match, one per place and candidate: the lock serialises this process, the unique index
 * guards the rest; either way a second one is a 409.
 */
export async function insertUniqueMatch(
  match: Record<string, unknown> & { placeId: Types.ObjectId; candidateId: Types.ObjectId },
): Promise<MatchDoc> {
  return withLock(`matches:${String(match.placeId)}:${String(match.candidateId)}`, async () => {
    if (await hasMatch(match.placeId, match.candidateId)) {
      throw matchExists();
    }
    try {
      return (await MatchModel.create(match as never)).toObject() as MatchDoc;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) throw matchExists();
      throw error;
    }
  });
}

const matchExists = () =>
  conflict('This candidate already has a match for this place', {
    fields: ['candidateId'],
    reason: 'match_exists',
  });

/** The matches of a place the consultant may see, newest first. */
export async function listPlaceMatches(
  user: SessionUser,
  placeId: string,
  query: TMatchListQuery,
): Promise<{ data: TMatch[]; page: TPageInfo }> {
  const place = await findVisiblePlace(user, placeId);
  const filter = { placeId: place._id, ...(query.stage ? { stage: query.stage } : {}) };
  const { items, page } = await paginate(MatchModel, filter, { ...query, sort: '-createdAt' });
  return { data: await presentMatches(items as MatchDoc[]), page };
}

/** A match of the consultant's region (others do not exist for them). */
async function findVisibleMatch(user: SessionUser, id: string): Promise<MatchDoc> {
  const match = await findByIdMatching(MatchModel, id, { regionId: user.regionId ?? null });
  if (!match) throw notFound('Match');
  return match as MatchDoc;
}

/** Dismisses a shortlisted match, with a reason; the candidate is then not proposed again for the place. */
export async function dismissMatch(user: SessionUser, id: string, input: TDismissMatch): Promise<TMatch> {
  const current = await findVisibleMatch(user, id);
  if (current.stage !== 'shortlisted') {
    throw new AppError(422, 'invalid_transition', `A ${current.stage} match cannot be dismissed here`, {
      from: current.stage,
      allowed: [],
    });
  }
  const updated = await updateDocument(
    MatchModel,
    { _id: current._id, version: input.version, stage: 'shortlisted' },
    {
      $set: { stage: 'declined', dismissal: { reason: input.reason, note: input.note } },
      $push: { timeline: timelineEntry(user, 'declined', input.note) },
      $inc: { version: 1 },
    },
  );
  if (!updated) {
    const now = await findVisibleMatch(user, id);
    if (now.version !== input.version) throw staleVersion(now.version ?? 0);
    throw new AppError(422, 'invalid_transition', `A ${now.stage} match cannot be dismissed here`);
  }
  return presentMatch(updated as MatchDoc);
}
