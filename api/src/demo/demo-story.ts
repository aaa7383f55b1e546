import { parseWeights } from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import { CandidateModel } from '../candidates/candidates.model';
import {
  addMonths,
  ZAftercareCheckIn,
  ZConsentDecision,
  ZCreateMatch,
  ZEndEmployment,
  ZRequestIntroduction,
  ZStartTrial,
  ZTransitionMatch,
  ZTrialCheckIn,
  ZTrialOutcome,
  type TMatch,
} from '../contract';
import { dutchToday } from '../contracts/today';
import { updateDocument } from '../database/document-lock';
import { createMatch } from '../matches/proposals/review-matches';
import { OrganisationModel } from '../organisations/organisations.model';
import { PlaceModel } from '../places/places.model';
import { recordAftercare, endEmployment } from '../matches/employment';
import { expressInterest } from '../matches/interest';
import { decideConsent, requestIntroduction } from '../matches/introductions';
import { transitionMatch } from '../matches/transitions';
import { decideTrialOutcome } from '../matches/trial-outcome';
import { recordTrialCheckIn, startTrial } from '../matches/trials';
import { addDays } from '../valuation/credit-lines';
import { CreditModel } from '../credits/credits.model';
import { ReminderModel } from '../reminders/reminders.model';
import type { DemoCleanup, DemoLoad } from './demo-load-marker';

/** Who acts in the story: the demo consultant, the contractor of Van Wijk and the candidate account. */
export interface StoryCast {
  consultant: SessionUser;
  contractor: SessionUser;
  candidate: SessionUser;
}

/** How far a match gets in the story; dates are counted back from today. */
type Step =
  | { to: 'shortlisted' }
  | { to: 'introduced' }
  | { to: 'interview'; declined?: boolean }
  | { to: 'trial'; startedDaysAgo: number; stopped?: boolean }
  | {
      to: 'hired';
      trialDaysAgo: number;
      hiredMonthsAgo: number;
      permanent?: boolean;
      endedMonthsAgo?: number;
    };

// One line per match: the stages of the demo, from just shortlisted to durable employment.
const STORY: Step[] = [
  { to: 'shortlisted' },
  { to: 'shortlisted' },
  { to: 'introduced' },
  { to: 'introduced' },
  { to: 'interview' },
  { to: 'interview', declined: true },
  { to: 'trial', startedDaysAgo: 20 },
  { to: 'trial', startedDaysAgo: 45 },
  { to: 'trial', startedDaysAgo: 40, stopped: true },
  { to: 'hired', trialDaysAgo: 330, hiredMonthsAgo: 9, permanent: true },
  { to: 'hired', trialDaysAgo: 270, hiredMonthsAgo: 7 },
  { to: 'hired', trialDaysAgo: 110, hiredMonthsAgo: 2 },
  { to: 'hired', trialDaysAgo: 200, hiredMonthsAgo: 5, endedMonthsAgo: 1 },
];

const weights = parseWeights(undefined);
const note = (text: string) => ({ note: text });

/** Walks one match from shortlisted to its step, as the consultant and (at Van Wijk) the contractor would. */
async function walk(cast: StoryCast, match: TMatch, step: Step, atVanWijk: boolean): Promise<TMatch> {
  const { consultant } = cast;
  // Van Wijk's own user takes the contractor's steps; at other companies the consultant does (allowed).
  const employer = atVanWijk ? cast.contractor : consultant;
  if (step.to === 'shortlisted') return match;
  let current = await requestIntroduction(
    consultant,
    match.id,
    ZRequestIntroduction.parse({ version: match.version }),
  );
  current = await decideConsent(
    consultant,
    match.id,
    ZConsentDecision.parse({
      version: current.version,
      given: true,
      inPerson: true,
      ...note('Telefonisch akkoord'),
    }),
  );
  if (step.to === 'introduced') return current;
  current = await transitionMatch(
    employer,
    match.id,
    ZTransitionMatch.parse({
      to: 'interview',
      version: current.version,
      // In three days for a match that stays at interview; today for one that goes on to a trial.
      interview: {
        date: addDays(dutchToday(), step.to === 'interview' ? 3 : 0),
        startTime: '10:00',
        endTime: '11:00',
        location: 'Van Wijk Bouw & Infra, Westervoortsedijk 73, Arnhem',
      },
    }),
  );
  if (step.to === 'interview') {
    if (!step.declined) return current;
    return transitionMatch(
      employer,
      match.id,
      ZTransitionMatch.parse({
        to: 'declined',
        version: current.version,
        reason: 'not_selected',
        ...note('Andere kandidaat gekozen'),
      }),
    );
  }
  const today = dutchToday();
  const trialStart = addDays(today, -(step.to === 'trial' ? step.startedDaysAgo : step.trialDaysAgo));
  current = await startTrial(
    employer,
    match.id,
    ZStartTrial.parse({ version: current.version, startDate: trialStart, intentToEmploy: true }),
  );
  current = await recordTrialCheckIn(
    employer,
    match.id,
    ZTrialCheckIn.parse({
      date: addDays(trialStart, 14),
      ratings: { attendance: 5, attitude: 4, skills: 3, fit: 4 },
      note: 'Goede start; werkt zich snel in.',
    }),
  );
  if (step.to === 'trial') {
    if (!step.stopped) return current;
    return decideTrialOutcome(
      employer,
      match.id,
      ZTrialOutcome.parse({
        outcome: 'stopped',
        version: current.version,
        // Stopped after three weeks, recorded today.
        stopDate: addDays(trialStart, 20),
        reason: 'trial_unsuccessful',
        note: 'Het werk paste niet.',
      }),
    );
  }
  const startDate = addMonths(today, -step.hiredMonthsAgo);
  current = await decideTrialOutcome(
    employer,
    match.id,
    ZTrialOutcome.parse({
      outcome: 'hired',
      version: current.version,
      employment: {
        startDate,
        contractType: step.permanent ? 'permanent' : 'temporary',
        hoursPerWeek: 32,
        plannedEnd: step.permanent ? null : addMonths(startDate, 12),
      },
      note: 'Contract getekend',
    }),
  );
  for (const month of [1, 3, 6] as const) {
    if (
      month > step.hiredMonthsAgo ||
      (step.endedMonthsAgo !== undefined && month >= step.hiredMonthsAgo - step.endedMonthsAgo)
    )
      continue;
    current = await recordAftercare(
      consultant,
      match.id,
      ZAftercareCheckIn.parse({ version: current.version, month, stillEmployed: true, note: 'Gaat goed.' }),
    );
  }
  if (step.endedMonthsAgo === undefined) return current;
  return endEmployment(
    consultant,
    match.id,
    ZEndEmployment.parse({
      version: current.version,
      endDate: addMonths(today, -step.endedMonthsAgo),
      reason: 'Het bouwproject is opgeleverd',
    }),
  );
}

/**
 * Matches in every stage at places that count for a contract: shortlisted, introduced, interviewing,
 * declined, in trial (with check-ins), stopped, hired with aftercare (two durable, one ended early and
 * back in the pool), and the candidate account's own interest and waiting introduction.
 */
export async function loadDemoStory(
  cast: StoryCast,
  vanWijkId: string,
  load: DemoLoad,
  log: (m: string) => void,
) {
  log(`Demo-regio: ${STORY.length + 2} matches in alle fasen…`);
  // Not at the contractor with a displacement flag: its places wait for a consultant's confirmation.
  const flagged = await OrganisationModel.find({ displacement: { $ne: null } })
    .select({ _id: 1 })
    .lean();
  const places = await PlaceModel.find({
    status: 'open',
    contractId: { $ne: null },
    contractorId: { $nin: flagged.map((org) => org._id) },
  })
    .sort({ title: 1, _id: 1 })
    .select({ _id: 1, contractorId: 1 })
    .lean();
  const candidates = await CandidateModel.find({
    'consent.matching.given': true,
    status: 'active',
    userId: null,
  })
    .sort({ sortName: 1, _id: 1 })
    .select({ _id: 1 })
    .limit(STORY.length)
    .lean();
  // Van Wijk's places first, so its user sees matches of its own; then the others in turn.
  const ordered = [
    ...places.filter((p) => String(p.contractorId) === vanWijkId),
    ...places.filter((p) => String(p.contractorId) !== vanWijkId),
  ];
  for (const [index, step] of STORY.entries()) {
    // Each match at a place of its own: a hire may fill a place.
    const place = ordered[index];
    const candidate = candidates[index];
    if (!place || !candidate) break;
    const match = await createMatch(
      cast.consultant,
      String(place._id),
      ZCreateMatch.parse({ candidateId: String(candidate._id), action: 'shortlist', source: 'manual' }),
      weights,
    );
    await load.created('matches', match.id);
    await walk(cast, match, step, String(place.contractorId) === vanWijkId);
  }
  await candidateAccountStory(
    cast,
    ordered.slice(-2).map((p) => String(p._id)),
    load,
  );
}

/** The candidate account: interested in one place, and asked to consent to an introduction for another. */
async function candidateAccountStory(cast: StoryCast, placeIds: string[], load: DemoLoad) {
  const [interestIn, introduceFor] = placeIds;
  const own = await CandidateModel.findOne({ userId: cast.candidate.id }).select({ _id: 1 }).lean();
  if (!own || !interestIn || !introduceFor) return;
  const interest = await expressInterest(cast.candidate, interestIn, weights);
  await load.created('matches', interest.id);
  const match = await createMatch(
    cast.consultant,
    introduceFor,
    ZCreateMatch.parse({ candidateId: String(own._id), action: 'shortlist', source: 'manual' }),
    weights,
  );
  await load.created('matches', match.id);
  await requestIntroduction(
    cast.consultant,
    match.id,
    ZRequestIntroduction.parse({
      version: match.version,
      note: 'Past goed bij uw voorkeur voor schoonmaakwerk.',
    }),
  );
}

/**
 * What an interrupted story leaves besides its matches and efforts: their credits and reminders, and
 * candidates placed by them. Removed before the story is told again.
 */
export const cleanUpStory: DemoCleanup = async (created) => {
  const ids = (collection: string) => created.filter((c) => c.collection === collection).map((c) => c.id);
  const matchIds = ids('matches');
  await CreditModel.deleteMany({
    $or: [{ matchId: { $in: matchIds } }, { effortId: { $in: ids('efforts') } }],
  });
  await ReminderModel.deleteMany({ matchId: { $in: matchIds } });
  // One by one through the document lock, not updateMany: on FerretDB a write outside it can be lost
  // to the search sync marking the same candidate indexed (see document-lock.ts).
  const placed = await CandidateModel.find({ placementMatchId: { $in: matchIds } })
    .select({ _id: 1 })
    .lean();
  for (const { _id } of placed) {
    await updateDocument(
      CandidateModel,
      { _id },
      { $set: { status: 'active', placementMatchId: null }, $inc: { version: 1 } },
    );
  }
};
