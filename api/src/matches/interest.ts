import { epochDay, failedConstraints, scoreMatch, type MatchWeights } from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import { findOwnCandidate } from '../candidates/candidate-records';
import { toCandidateDocument } from '../candidates/candidates.search';
import type { TMatch } from '../contract';
import { dutchToday } from '../contracts/today';
import { findByIdMatching } from '../database/find-by-id';
import { notFound } from '../http/app-error';
import { matchCandidateFromDocument, matchPlaceFromDocument } from './proposals/match-documents';
import { presentMatch } from './matches.presenter';
import { insertUniqueMatch } from './proposals/review-matches';
import { PlaceModel } from '../places/places.model';
import { maySeePlace } from '../places/places.policy';
import { toPlaceDocuments } from '../places/places.search';
import { notifyParties } from './notify-parties';
import { matchNames } from './stage-notifications';

/**
 * "I'm interested": a candidate asks their consultant to consider them for an open place. It becomes a
 * proposed match (with its score, so the consultant sees the fit and the reasons) that the consultant
 * shortlists or declines; the consultant is notified. Once per place (409 the second time).
 */
export async function expressInterest(
  user: SessionUser,
  placeId: string,
  weights: MatchWeights,
): Promise<TMatch> {
  const candidate = await findOwnCandidate(user);
  const place = await findByIdMatching(PlaceModel, placeId);
  if (!place || !(await maySeePlace(user, place))) throw notFound('Place');
  const candidateDoc = toCandidateDocument(candidate);
  const [placeDoc] = await toPlaceDocuments([place]);
  const scored =
    candidateDoc && placeDoc
      ? (() => {
          const c = matchCandidateFromDocument(candidateDoc);
          const p = matchPlaceFromDocument(placeDoc);
          return {
            score: scoreMatch(c, p, epochDay(dutchToday()), weights),
            failed: failedConstraints(c, p),
          };
        })()
      : null;
  const created = await insertUniqueMatch({
    placeId: place._id,
    candidateId: candidate._id,
    regionId: candidate.regionId,
    contractorId: place.contractorId,
    stage: 'proposed',
    source: 'interest',
    score: scored?.score ?? null,
    overriddenConstraints: scored?.failed ?? [],
    timeline: [
      { stage: 'proposed', at: new Date(), byId: user.id, byName: user.name, note: 'Interesse getoond' },
    ],
  });
  const names = await matchNames(created);
  await notifyParties(
    created,
    user.id,
    { kind: 'interest_expressed', params: names, link: `/matches/${String(created._id)}` },
    ['consultant'],
  );
  return presentMatch(created, 'candidate');
}
