import type { ScaleMatchOutcome, ScaleMatchPlan } from '@kansplek/seed';
import type { Types } from 'mongoose';
import {
  addDays,
  addMonths,
  AFTERCARE_MONTHS,
  defaultTrialEnd,
  DURABLE_AFTER_MONTHS,
  type TBenefitType,
  type TMatchStage,
  type TTargetGroup,
} from '../contract';
import { distanceKm } from '../geo/distance';
import type { MatchDoc } from '../matches/matches.model';
import { employmentPerson } from '../valuation/employment-situation';

/** A generated candidate as the match needs it (read back from MongoDB). */
export interface ScaleCandidateFacts {
  _id: Types.ObjectId;
  fullName: string;
  status: string;
  consent?: { matching?: { given: boolean } | null; sharing?: { given: boolean } | null } | null;
  address?: { location?: { lat: number; lng: number } | null } | null;
  targetGroups?: TTargetGroup[] | null;
  benefitType?: TBenefitType | null;
  benefitSince?: string | null;
  birthDate?: string | null;
}

/** A generated place as the match needs it. */
export interface ScalePlaceFacts {
  _id: Types.ObjectId;
  title: string;
  kind: string;
  status: string;
  contractorId: Types.ObjectId;
  contractId: Types.ObjectId | null;
  regionId: Types.ObjectId;
  /** The work address, with its coordinates. */
  location?: { location?: { lat: number; lng: number } | null } | null;
  requirements?: { educationLevel?: string | null } | null;
}

export interface ScalePerson {
  id: string;
  name: string;
}

const DAY_MS = 86_400_000;
const dayOf = (today: Date, daysAgo: number) =>
  new Date(today.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
const at = (day: string) => new Date(`${day}T10:00:00Z`);
const daysAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The outcomes that reached a trial (and so count on the place's contract). */
export const PLACEMENT_OUTCOMES: readonly ScaleMatchOutcome[] = [
  'trial',
  'hired',
  'durable',
  'ended_early',
  'stopped',
];
/** The outcomes that went through an introduction, which needs consent to share the profile. */
const INTRODUCED_OUTCOMES: readonly ScaleMatchOutcome[] = [...PLACEMENT_OUTCOMES, 'introduced', 'interview'];

/** The day the match was made. */
export function matchDay(plan: ScaleMatchPlan, today: Date): string {
  return dayOf(today, plan.madeDaysAgo);
}

/**
 * The outcome this candidate can have: a candidate without consent to matching gets no match, one
 * without consent to sharing is not introduced (the match stays on the shortlist).
 */
export function possibleOutcome(
  plan: ScaleMatchPlan,
  candidate: ScaleCandidateFacts,
): ScaleMatchOutcome | null {
  if (!candidate.consent?.matching?.given) return null;
  if (INTRODUCED_OUTCOMES.includes(plan.outcome) && !candidate.consent?.sharing?.given) return 'shortlisted';
  return plan.outcome;
}

interface Step {
  stage: TMatchStage;
  day: string;
  by: ScalePerson;
  event?: 'introduction_requested';
  note?: string;
}

/**
 * A match as the pipeline's services leave it after the outcome's steps: the timeline, introduction
 * with consent recorded in person, the trial with its check-ins, the employment with aftercare done
 * where due, and the dismissal of a match that ended. Dates follow the plan and lie before today.
 */
export function buildScaleMatch(
  id: Types.ObjectId,
  outcome: ScaleMatchOutcome,
  plan: ScaleMatchPlan,
  candidate: ScaleCandidateFacts,
  place: ScalePlaceFacts,
  people: { consultant: ScalePerson; contractor: ScalePerson },
  today: Date,
): MatchDoc {
  const todayDay = dayOf(today, 0);
  const made = matchDay(plan, today);
  const { consultant, contractor } = people;
  const steps: Step[] = [{ stage: 'proposed', day: made, by: consultant }];
  const reached = (stage: TMatchStage, day: string, by = consultant, event?: Step['event']) =>
    steps.push({ stage, day, by, ...(event ? { event } : {}) });
  const order: ScaleMatchOutcome[] = ['shortlisted', 'introduced', 'interview', ...PLACEMENT_OUTCOMES];
  const past = (o: ScaleMatchOutcome) => order.indexOf(outcome) >= order.indexOf(o);
  if (past('shortlisted')) reached('shortlisted', daysAfter(made, 1));
  let introduction: MatchDoc['introduction'] = null;
  if (past('introduced')) {
    const asked = daysAfter(made, 2);
    reached('shortlisted', asked, consultant, 'introduction_requested');
    reached('introduced', daysAfter(made, 3));
    introduction = {
      requestedAt: at(asked),
      byId: consultant.id,
      byName: consultant.name,
      consent: {
        given: true,
        at: at(daysAfter(made, 3)),
        inPerson: true,
        byId: consultant.id,
        byName: consultant.name,
      },
    } as unknown as MatchDoc['introduction'];
  }
  if (past('interview')) reached('interview', daysAfter(made, 6), contractor);

  let trial: MatchDoc['trial'] = null;
  let employment: MatchDoc['employment'] = null;
  let dismissal: MatchDoc['dismissal'] = null;
  if (PLACEMENT_OUTCOMES.includes(outcome)) {
    const startDate = daysAfter(made, plan.daysToTrial);
    const plannedEnd = defaultTrialEnd(startDate);
    reached('trial', startDate, contractor);
    const trialEnds = outcome === 'stopped' ? daysAfter(startDate, plan.lastedDays) : plannedEnd;
    const checkIns = plan.checkIns
      .map((ratings, i) => ({ ratings, date: daysAfter(startDate, 14 * (i + 1)) }))
      .filter((c) => c.date < todayDay && c.date <= trialEnds)
      .map(({ ratings, date }) => ({
        date,
        ratings,
        note: '',
        role: 'contractor',
        at: at(date),
        byId: contractor.id,
        byName: contractor.name,
      }));
    trial = {
      startDate,
      plannedEnd,
      longerReason: null,
      intentToEmploy: plan.intentToEmploy,
      checkIns,
      extensions: [],
      outcome: outcome === 'trial' ? null : outcome === 'stopped' ? 'stopped' : 'hired',
      stoppedOn: outcome === 'stopped' ? trialEnds : null,
    } as unknown as MatchDoc['trial'];
    if (outcome === 'stopped') {
      reached('stopped', trialEnds, contractor);
      dismissal = { reason: 'trial_unsuccessful', note: '', by: 'contractor' };
    } else if (outcome !== 'trial') {
      // Employed from the day after the trial's last day.
      const hiredOn = addDays(plannedEnd, 1);
      reached('hired', hiredOn, contractor);
      employment = buildEmployment(outcome, plan, hiredOn, todayDay, { consultant, candidate, place });
    }
  }
  if (outcome === 'declined') {
    reached('declined', daysAfter(made, 2));
    dismissal = { reason: 'skills_mismatch', note: '', by: 'consultant' };
  }
  if (outcome === 'withdrawn') {
    reached('withdrawn', daysAfter(made, 4), consultant);
    dismissal = { reason: 'found_other_work', note: '', by: 'candidate' };
  }
  const stage = steps.filter((s) => !s.event).at(-1)!.stage;
  const distance =
    candidate.address?.location && place.location?.location
      ? Math.round(distanceKm(candidate.address.location, place.location.location) * 10) / 10
      : 0;
  const last = steps.at(-1)!;
  return {
    _id: id,
    placeId: place._id,
    candidateId: candidate._id,
    regionId: place.regionId,
    contractorId: place.contractorId,
    stage,
    source: 'proposal',
    score: { score: plan.score, distanceKm: distance, reasons: [] },
    overriddenConstraints: [],
    dismissal,
    timeline: steps.map((s) => ({
      stage: s.stage,
      at: at(s.day),
      byId: s.by.id,
      byName: s.by.name,
      note: s.note ?? '',
      event: s.event ?? null,
    })),
    introduction,
    trial,
    employment,
    version: steps.length - 1,
    createdAt: at(made),
    updatedAt: at(last.day),
  } as unknown as MatchDoc;
}

const mboLevelOf = (educationLevel: string | null | undefined) => {
  const level = /^mbo([1-4])$/.exec(educationLevel ?? '');
  return level ? Number(level[1]) : 2;
};

/**
 * After the trial: employed from the day after it, aftercare done where due, durable after six
 * months; the person's benefit situation recorded as the hire records it, a BBL with its MBO level.
 */
function buildEmployment(
  outcome: ScaleMatchOutcome,
  plan: ScaleMatchPlan,
  startDate: string,
  todayDay: string,
  {
    consultant,
    candidate,
    place,
  }: { consultant: ScalePerson; candidate: ScaleCandidateFacts; place: ScalePlaceFacts },
): MatchDoc['employment'] {
  const endedOn = outcome === 'ended_early' ? daysAfter(startDate, 30 + plan.lastedDays) : null;
  const until = endedOn && endedOn < todayDay ? endedOn : todayDay;
  const aftercare = AFTERCARE_MONTHS.map((month) => {
    const dueDate = addMonths(startDate, month);
    const done = dueDate <= until;
    return {
      month,
      dueDate,
      doneAt: done ? at(dueDate) : null,
      stillEmployed: done ? true : null,
      note: '',
      byId: done ? consultant.id : null,
      byName: done ? consultant.name : null,
    };
  });
  const durable = aftercare.some((a) => a.doneAt && a.month >= DURABLE_AFTER_MONTHS);
  return {
    startDate,
    contractType: plan.contractType,
    hoursPerWeek: plan.hoursPerWeek,
    plannedEnd: plan.contractType === 'permanent' ? null : addMonths(startDate, 24),
    mboLevel: plan.contractType === 'bbl' ? mboLevelOf(place.requirements?.educationLevel) : null,
    person: employmentPerson(candidate, startDate),
    aftercare,
    durable,
    ended: endedOn ? { date: endedOn, reason: 'Het werk paste toch niet bij de kandidaat' } : null,
  } as unknown as MatchDoc['employment'];
}

/** How the candidate record changes with the match: held by a running trial or employment. */
export function candidateChange(match: MatchDoc, outcome: ScaleMatchOutcome): Record<string, unknown> | null {
  if (outcome === 'trial' || outcome === 'hired' || outcome === 'durable') {
    return { status: 'placed', placementMatchId: match._id };
  }
  // An employment that ended before it became durable: back in the pool with priority.
  if (outcome === 'ended_early') return { priorityReplacement: true };
  return null;
}
