import { CandidateModel } from '../candidates/candidates.model';
import type { TMatchStage } from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import type { MatchDoc } from './matches.model';
import { OrganisationModel } from '../organisations/organisations.model';
import { PlaceModel } from '../places/places.model';
import { notifyParties } from './notify-parties';

/** Stage names in notifications (the client has its own labels for screens). */
export const STAGE_NAMES: Record<TMatchStage, { nl: string; en: string }> = {
  proposed: { nl: 'voorgesteld', en: 'proposed' },
  shortlisted: { nl: 'op de shortlist', en: 'shortlisted' },
  introduced: { nl: 'voorgesteld aan de werkgever', en: 'introduced' },
  interview: { nl: 'sollicitatiegesprek', en: 'interview' },
  trial: { nl: 'proefplaatsing', en: 'trial period' },
  hired: { nl: 'in dienst', en: 'hired' },
  declined: { nl: 'afgewezen', en: 'declined' },
  withdrawn: { nl: 'teruggetrokken', en: 'withdrawn' },
  stopped: { nl: 'gestopt', en: 'stopped' },
};

/** What notifications about a match name: the candidate, the place and its contractor. */
export async function matchNames(
  match: MatchDoc,
): Promise<{ candidate: string; place: string; contractor: string }> {
  const [candidate, place, contractor] = await Promise.all([
    findByIdMatching(CandidateModel, match.candidateId),
    findByIdMatching(PlaceModel, match.placeId),
    findByIdMatching(OrganisationModel, match.contractorId),
  ]);
  return {
    candidate: candidate?.fullName ?? '—',
    place: place?.title ?? '—',
    contractor: contractor?.name ?? '—',
  };
}

/** Tells every other party of the match that it moved to its current stage. */
export async function notifyStageChange(match: MatchDoc, exceptUserId: string): Promise<void> {
  const names = await matchNames(match);
  const stage = STAGE_NAMES[match.stage];
  await notifyParties(match, exceptUserId, {
    kind: 'match_stage_changed',
    params: { candidate: names.candidate, place: names.place, stageNl: stage.nl, stageEn: stage.en },
    link: `/matches/${String(match._id)}`,
  });
}
