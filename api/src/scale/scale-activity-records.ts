import type { ScaleEffortPlan } from '@kansplek/seed';
import type { Types } from 'mongoose';
import { placementFacts } from '../credits/placement-credit';
import type { MatchDoc } from '../matches/matches.model';
import { STAGE_NAMES } from '../matches/stage-notifications';
import { aftercareReminderSpecs, trialReminderSpecs } from '../matches/match-reminders';
import { renderNotification } from '../notifications/notification-messages';
import { creditCentsAt, type ValuedLine } from '../valuation/credit-lines';
import { employmentPerson } from '../valuation/employment-situation';
import type { RuleSetDoc } from '../valuation/rule-sets.model';
import { ruleSetInForce } from '../valuation/rule-sets.service';
import { effortLines } from '../valuation/value-effort';
import { placementLines } from '../valuation/value-placement';
import type { RawRecord } from './scale-records';
import type { ScaleCandidateFacts, ScalePerson, ScalePlaceFacts } from './scale-match-records';

/** A generated contract as credits and efforts need it. */
export interface ScaleContractFacts {
  _id: Types.ObjectId;
  regionId: Types.ObjectId;
  municipalityId: Types.ObjectId;
  contractorId: Types.ObjectId;
  startDate: string;
}

const DAY_MS = 86_400_000;
const dayOf = (today: Date, daysAgo: number) =>
  new Date(today.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
const todayOf = (today: Date) => dayOf(today, 0);

/** A credit as `storeCredit` writes it the first time: its lines under the rule set in force on its date. */
function creditRecord(
  id: Types.ObjectId,
  fields: Omit<RawRecord, '_id'> & { date: string; contract: ScaleContractFacts },
  lines: ValuedLine[],
  ruleSet: RuleSetDoc | null,
  today: Date,
): RawRecord {
  const { contract, ...rest } = fields;
  const reference = ruleSet ? { id: ruleSet._id, name: ruleSet.name, version: ruleSet.version } : null;
  const reason = rest.source === 'placement' ? 'placement_started' : 'effort_accepted';
  return {
    _id: id,
    matchId: null,
    effortId: null,
    candidateId: null,
    placeId: null,
    targetGroups: [],
    ...rest,
    contractId: contract._id,
    regionId: contract.regionId,
    municipalityId: contract.municipalityId,
    contractorId: contract.contractorId,
    lines,
    ruleSet: reference,
    history: [
      {
        at: today,
        amountCents: creditCentsAt(lines, todayOf(today)),
        previousAmountCents: null,
        ruleSet: reference,
        reason,
      },
    ],
    createdAt: today,
    updatedAt: today,
  };
}

/** What a match that reached a trial counts for on its place's contract (as syncPlacementCredit values it). */
export function placementCreditRecord(
  id: Types.ObjectId,
  match: MatchDoc,
  place: ScalePlaceFacts,
  candidate: ScaleCandidateFacts,
  contract: ScaleContractFacts,
  ruleSets: readonly RuleSetDoc[],
  today: Date,
): RawRecord {
  const facts = placementFacts(match, place as never, contract, () =>
    employmentPerson(candidate, match.employment!.startDate),
  );
  const date = facts.trial?.startDate ?? facts.employment!.startDate;
  const ruleSet = ruleSetInForce(ruleSets, date);
  const fields = {
    sourceKey: `match:${String(match._id)}`,
    source: 'placement',
    matchId: match._id,
    candidateId: candidate._id,
    placeId: place._id,
    kind: place.kind,
    label: place.title,
    targetGroups: candidate.targetGroups ?? [],
    date,
    contract,
  };
  return creditRecord(id, fields, ruleSet ? placementLines(ruleSet.values, facts) : [], ruleSet, today);
}

/** An effort as a contractor submits it and a consultant decides on it, plus its credit when accepted. */
export function effortRecords(
  ids: { effort: Types.ObjectId; credit: Types.ObjectId },
  plan: ScaleEffortPlan,
  contract: ScaleContractFacts,
  socialEnterpriseId: Types.ObjectId | null,
  people: { consultant: ScalePerson; contractor: ScalePerson },
  ruleSets: readonly RuleSetDoc[],
  today: Date,
): RawRecord[] {
  const date = dayOf(today, plan.daysAgo + 10);
  const submittedAt = new Date(`${dayOf(today, plan.daysAgo + 5)}T14:00:00Z`);
  const decidedAt = new Date(`${dayOf(today, plan.daysAgo)}T11:00:00Z`);
  const { contractor, consultant } = people;
  const decided = plan.status !== 'submitted';
  const effort: RawRecord = {
    _id: ids.effort,
    contractId: contract._id,
    contractorId: contract.contractorId,
    municipalityId: contract.municipalityId,
    regionId: contract.regionId,
    kind: plan.kind,
    description: plan.description,
    date,
    amountCents: plan.amountCents,
    hours: plan.hours,
    socialEnterpriseId: plan.kind === 'social_purchase' ? socialEnterpriseId : null,
    evidence:
      plan.kind === 'volunteering'
        ? 'Urenregistratie getekend door de organisatie'
        : 'Factuur en betaalbewijs',
    evidenceFile: null,
    status: plan.status,
    submittedBy: { byId: contractor.id, byName: contractor.name },
    submittedAt,
    decision: decided
      ? {
          byId: consultant.id,
          byName: consultant.name,
          at: decidedAt,
          note: plan.status === 'rejected' ? 'Het bewijs laat niet zien dat het bedrag is betaald.' : '',
        }
      : null,
    version: decided ? 1 : 0,
    createdAt: submittedAt,
    updatedAt: decided ? decidedAt : submittedAt,
  };
  if (plan.status !== 'accepted') return [effort];
  const ruleSet = ruleSetInForce(ruleSets, date);
  const lines = ruleSet
    ? effortLines(ruleSet.values, { kind: plan.kind, date, amountCents: plan.amountCents, hours: plan.hours })
    : [];
  const fields = {
    sourceKey: `effort:${String(ids.effort)}`,
    source: 'effort',
    effortId: ids.effort,
    kind: plan.kind,
    label: plan.description,
    date,
    contract,
  };
  return [effort, creditRecord(ids.credit, fields, lines, ruleSet, today)];
}

/** Notifications older than two weeks have been read. */
const READ_AFTER_DAYS = 14;

/**
 * What the match's parties were told of its current stage: the contractor from the introduction on,
 * the consultant of what the contractor did (a trial started, a hire, a trial stopped).
 */
export function matchNotifications(
  nextId: () => Types.ObjectId,
  match: MatchDoc,
  names: { candidate: string; place: string },
  recipients: { consultant: ScalePerson; contractor: ScalePerson },
  today: Date,
): RawRecord[] {
  const stage = STAGE_NAMES[match.stage];
  const text = renderNotification('match_stage_changed', 'nl', {
    ...names,
    stageNl: stage.nl,
    stageEn: stage.en,
  });
  const createdAt = match.updatedAt;
  const read = createdAt.getTime() < today.getTime() - READ_AFTER_DAYS * DAY_MS;
  const to: ScalePerson[] = [];
  if (['introduced', 'interview', 'trial', 'hired', 'stopped'].includes(match.stage))
    to.push(recipients.contractor);
  if (['trial', 'hired', 'stopped'].includes(match.stage)) to.push(recipients.consultant);
  return to.map((person) => ({
    _id: nextId(),
    userId: person.id,
    kind: 'match_stage_changed',
    ...text,
    link: `/matches/${String(match._id)}`,
    readAt: read ? new Date(createdAt.getTime() + DAY_MS) : null,
    createdAt,
  }));
}

/** The match's reminders: pending when due later, sent (on their time) when already due. */
export function matchReminders(
  nextId: () => Types.ObjectId,
  match: MatchDoc,
  names: { candidate: string; place: string },
  recipients: { consultant: ScalePerson; contractor: ScalePerson },
  today: Date,
): RawRecord[] {
  const running = match.stage === 'trial' || (match.stage === 'hired' && !match.employment?.ended);
  if (!running) return [];
  const specs =
    match.stage === 'trial' ? trialReminderSpecs(match, names) : aftercareReminderSpecs(match, names);
  return specs.map((spec) => {
    const sent = spec.dueAt.getTime() <= today.getTime();
    return {
      _id: nextId(),
      ...spec,
      userIds: [recipients.consultant.id, recipients.contractor.id],
      link: `/matches/${String(match._id)}`,
      matchId: match._id,
      status: sent ? 'sent' : 'pending',
      sentAt: sent ? spec.dueAt : null,
      cancelledAt: null,
      createdAt: match.updatedAt,
      updatedAt: sent ? spec.dueAt : match.updatedAt,
    };
  });
}
