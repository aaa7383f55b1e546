import type { SessionUser } from '../http/session-user';
import type { TConsentDecision, TMatch, TRequestIntroduction } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { updateDocument } from '../database/document-lock';
import { findByIdMatching } from '../database/find-by-id';
import { AppError, forbidden, staleVersion } from '../http/app-error';
import { assertDisplacementConfirmed } from '../places/displacement-guard';
import { MatchModel, type MatchDoc } from './matches.model';
import { presentMatch } from './matches.presenter';
import { findMatchFor } from './matches.policy';
import { moveMatch } from './move-match';
import { matchNames, notifyStageChange } from './stage-notifications';
import { notifyParties } from './notify-parties';

/**
 * A consultant asks the candidate to consent to being introduced to the contractor. Nothing about the
 * candidate reaches the contractor until the candidate says yes (in the portal, or in person).
 */
export async function requestIntroduction(
  user: SessionUser,
  id: string,
  input: TRequestIntroduction,
): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  if (actor !== 'consultant') throw forbidden('Only the consultant asks for an introduction');
  if (match.stage !== 'shortlisted') {
    throw new AppError(422, 'invalid_transition', 'Only a shortlisted candidate can be introduced', {
      from: match.stage,
      allowed: [],
    });
  }
  await assertDisplacementConfirmed(match.placeId);
  const candidate = await findByIdMatching(CandidateModel, match.candidateId);
  if (!candidate?.consent?.sharing?.given) {
    // Introducing means sharing the name and CV with an employer: the candidate's consent to sharing comes first.
    throw new AppError(422, 'unprocessable', 'The candidate has not consented to sharing with employers', {
      issues: [
        { path: 'params.id', code: 'no_sharing_consent', message: 'No consent to sharing with employers' },
      ],
    });
  }
  const updated = await updateDocument(
    MatchModel,
    { _id: match._id, version: input.version, stage: 'shortlisted' },
    {
      $set: {
        introduction: { requestedAt: new Date(), byId: user.id, byName: user.name, consent: null },
      },
      $push: {
        timeline: {
          stage: 'shortlisted',
          at: new Date(),
          byId: user.id,
          byName: user.name,
          note: input.note,
          event: 'introduction_requested',
        },
      },
      $inc: { version: 1 },
    },
  );
  if (!updated) throw staleVersion((await findMatchFor(user, id)).match.version ?? 0);
  const names = await matchNames(updated as MatchDoc);
  await notifyParties(
    updated as MatchDoc,
    user.id,
    {
      kind: 'introduction_requested',
      params: { consultant: user.name, place: names.place, contractor: names.contractor },
      link: '/mijn-matches',
    },
    ['candidate'],
  );
  return presentMatch(updated as MatchDoc, actor);
}

/**
 * The candidate's answer to an introduction: yes moves the match to `introduced` (the contractor now
 * sees the candidate's name and CV summary), no declines it. Candidates answer in the portal;
 * consultants record an answer given in person, marked as such.
 */
export async function decideConsent(user: SessionUser, id: string, input: TConsentDecision): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  if (actor === 'contractor') throw forbidden('Only the candidate gives consent');
  if (actor === 'consultant' && !input.inPerson) {
    throw new AppError(400, 'validation_failed', 'A consultant records consent given in person only', {
      issues: [{ path: 'body.inPerson', code: 'invalid', message: 'Set inPerson: consent given in person' }],
    });
  }
  if (actor === 'candidate' && input.inPerson) {
    throw new AppError(400, 'validation_failed', 'Your answer in the portal is not in person', {
      issues: [{ path: 'body.inPerson', code: 'invalid', message: 'Leave inPerson out' }],
    });
  }
  if (!match.introduction || match.introduction.consent) {
    throw new AppError(422, 'invalid_transition', 'There is no introduction waiting for an answer', {
      from: match.stage,
      allowed: [],
    });
  }
  const consent = {
    given: input.given,
    at: new Date(),
    inPerson: input.inPerson,
    byId: user.id,
    byName: user.name,
  };
  const moved = await moveMatch(user, match, actor, {
    to: input.given ? 'introduced' : 'declined',
    version: input.version,
    note: input.note,
    set: {
      'introduction.consent': consent,
      ...(input.given ? {} : { dismissal: { reason: 'not_interested', note: input.note, by: 'candidate' } }),
    },
  });
  const names = await matchNames(moved);
  await notifyParties(
    moved,
    user.id,
    { kind: input.given ? 'consent_given' : 'consent_declined', params: names, link: `/matches/${id}` },
    ['consultant'],
  );
  if (input.given) {
    await notifyParties(
      moved,
      user.id,
      { kind: 'candidate_put_forward', params: names, link: `/matches/${id}` },
      ['contractor'],
    );
  } else {
    await notifyStageChange(moved, user.id);
  }
  return presentMatch(moved, actor);
}
