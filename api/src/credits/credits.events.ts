import { subscribe } from '../events/domain-events';
import { syncCandidateCredits, syncPlaceCredits, syncPlacementCredit } from './placement-credit';
import { revalueRegionCredits } from './recompute-credits';

// Placements are valued by the candidate's target groups, benefit and age …
const CANDIDATE_FIELDS = ['targetGroups', 'benefitType', 'benefitSince', 'birthDate'];
// … and by the place's contract, kind, level and title.
const PLACE_FIELDS = ['contractId', 'kind', 'requirements', 'title'];

const touches = (fields: string[], valued: string[]) => fields.some((field) => valued.includes(field));

/**
 * What credits react to: every step of a placement (trial, its outcome, the end of the employment)
 * revalues the match's credit, and so does a change to what placements are valued by. The pipeline,
 * candidates, places and rule sets publish these events and do not know credits exist.
 */
export function subscribeCreditsToEvents(): void {
  // A handler's answer is the event's consequence, not a value: whether the credit changed is not needed.
  const valueMatch = async ({ matchId }: { matchId: string }) => {
    await syncPlacementCredit(matchId);
  };
  subscribe('match.trial_started', 'credits: value the trial', valueMatch);
  subscribe('trial.outcome_recorded', 'credits: value the outcome', valueMatch);
  subscribe('employment.ended', 'credits: value the ended employment', valueMatch);
  subscribe('candidate.updated', "credits: revalue the candidate's placements", async (event) => {
    if (touches(event.fields, CANDIDATE_FIELDS)) await syncCandidateCredits(event.candidateId);
  });
  subscribe('place.updated', "credits: revalue the place's placements", async (event) => {
    if (touches(event.fields, PLACE_FIELDS)) await syncPlaceCredits(event.placeId);
  });
  subscribe('rule_set.created', "credits: revalue the region's placements", async ({ regionId }) => {
    await revalueRegionCredits(regionId, 'placement', (credit) =>
      syncPlacementCredit(credit.matchId!, 'rule_set_changed'),
    );
  });
}
