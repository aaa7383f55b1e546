import mongoose, { type Types } from 'mongoose';
import { addMonths, defaultTrialEnd, EMPLOYMENT_SITUATIONS, type TEmploymentSituation } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { dutchToday } from '../contracts/today';
import { CreditModel } from '../credits/credits.model';
import { syncEffortCredit } from '../efforts/effort-credit';
import { syncPlacementCredit } from '../credits/placement-credit';
import { updateDocument } from '../database/document-lock';
import { MatchModel, type MatchDoc } from '../matches/matches.model';
import { PlaceModel } from '../places/places.model';
import { earlier } from '../valuation/credit-lines';
import { employmentPerson } from '../valuation/employment-situation';
import type { Log, Migration } from './run-migrations';

/**
 * Issue 17: credits follow PRODUCT.md's "How the table applies". Stored data is brought to what the
 * corrected valuation reads, then every credit is revalued; each changed credit keeps its old figure in
 * its history with the reason `rules_corrected`. Every step sets only what is missing, so a run cut
 * short is finished by the next start.
 */
export const correctValuationRules: Migration = {
  id: '2026-12-valuation-follows-the-tables',
  async run(log: Log) {
    const ruleSets = await employmentRulesBySituation();
    const trials = await trialEnds();
    const employments = await employmentFacts();
    const { revalued, changed } = await revalueCredits(log);
    return `${ruleSets} rule sets by benefit situation, ${trials} trial ends, ${employments} employments recorded; ${revalued} credits revalued, ${changed} changed`;
  },
};

type StoredRule = { targetGroup?: string; situation?: string } & Record<string, unknown>;

/** Employment rules keyed by target group become rules by benefit situation; a group that is now a bonus goes. */
async function employmentRulesBySituation(): Promise<number> {
  const collection = mongoose.connection.collection('rulesets');
  let count = 0;
  for (const ruleSet of await collection
    .find({ 'values.employment.targetGroup': { $exists: true } })
    .toArray()) {
    const rules = (ruleSet.values?.employment ?? []) as StoredRule[];
    const kept = rules.filter((rule) =>
      EMPLOYMENT_SITUATIONS.includes((rule.situation ?? rule.targetGroup) as TEmploymentSituation),
    );
    const employment = kept.map(({ targetGroup, ...rule }) => ({
      situation: rule.situation ?? targetGroup,
      ...rule,
    }));
    const dropped = rules.filter((rule) => !kept.includes(rule)).map((rule) => rule.targetGroup);
    const note = dropped.length
      ? `${ruleSet.note ?? ''}\nBij de correctie van december 2026 vervallen de dienstverbandregels voor ${dropped.join(', ')}: het bouwblok volgt de uitkeringssituatie, statushouder en 50+ zijn bonussen.`.trim()
      : ruleSet.note;
    await collection.updateOne({ _id: ruleSet._id }, { $set: { 'values.employment': employment, note } });
    count += 1;
  }
  return count;
}

/**
 * A stopped trial ends on the day it stopped; before the stop date was recorded, the earlier of its
 * planned end and the day the outcome was entered is the best that is known. A default trial ends on
 * the last day of its two calendar months (it was stored one day later).
 */
async function trialEnds(): Promise<number> {
  let count = 0;
  const matches = await MatchModel.find({ trial: { $ne: null } }).lean<MatchDoc[]>();
  for (const match of matches) {
    const trial = match.trial!;
    const set: Record<string, string> = {};
    const isDefault = !trial.longerReason && trial.extensions.length === 0;
    if (isDefault && trial.plannedEnd === addMonths(trial.startDate, 2))
      set['trial.plannedEnd'] = defaultTrialEnd(trial.startDate);
    if (trial.outcome === 'stopped' && !trial.stoppedOn) {
      const step = [...match.timeline].reverse().find((entry) => entry.stage === 'stopped');
      set['trial.stoppedOn'] = earlier(
        step ? dutchToday(step.at) : null,
        set['trial.plannedEnd'] ?? trial.plannedEnd,
      );
    }
    if (Object.keys(set).length === 0) continue;
    await updateDocument(MatchModel, { _id: match._id }, { $set: set });
    count += 1;
  }
  return count;
}

const mboLevelOf = (educationLevel: string | null | undefined) => {
  const level = /^mbo([1-4])$/.exec(educationLevel ?? '');
  return level ? Number(level[1]) : null;
};

/**
 * What the valuation reads of an employment is recorded with it: the person's benefit situation on its
 * first day (from the profile as it is now: nothing older is stored), and a BBL's MBO level, taken from
 * the place's entry requirement where it was never asked (a consultant corrects it with the employment).
 */
async function employmentFacts(): Promise<number> {
  let count = 0;
  const matches = await MatchModel.find({ employment: { $ne: null }, 'employment.person': null }).lean<
    MatchDoc[]
  >();
  for (const match of matches) {
    const employment = match.employment!;
    const candidate = await CandidateModel.findById(match.candidateId)
      .select({ benefitType: 1, benefitSince: 1, targetGroups: 1, birthDate: 1 })
      .lean();
    const set: Record<string, unknown> = {
      'employment.person': employmentPerson(candidate ?? {}, employment.startDate),
    };
    if (employment.contractType === 'bbl' && employment.mboLevel == null) {
      const place = await PlaceModel.findById(match.placeId).select({ requirements: 1 }).lean();
      set['employment.mboLevel'] = mboLevelOf(place?.requirements?.educationLevel);
    }
    await updateDocument(MatchModel, { _id: match._id }, { $set: set });
    count += 1;
  }
  return count;
}

/** Every credit valued again from its source; contract statuses follow with each. */
async function revalueCredits(log: Log): Promise<{ revalued: number; changed: number }> {
  const credits = await CreditModel.find({}).select({ matchId: 1, effortId: 1 }).lean();
  let changed = 0;
  for (const [done, credit] of credits.entries()) {
    const revalued = credit.matchId
      ? await syncPlacementCredit(credit.matchId as Types.ObjectId, 'rules_corrected')
      : credit.effortId
        ? await syncEffortCredit(credit.effortId as Types.ObjectId, 'rules_corrected')
        : false;
    if (revalued) changed += 1;
    if ((done + 1) % 1_000 === 0) log(`${done + 1} of ${credits.length} credits revalued`);
  }
  return { revalued: credits.length, changed };
}
