import {
  buildScaleCompany,
  buildScaleEfforts,
  buildScaleMatchPlan,
  DEMO_PASSWORD,
  type ScaleCandidateStatus,
  type ScaleMatchOutcome,
  type ScaleOptions,
} from '@kansplek/seed';
import type { Types } from 'mongoose';
import { hashPassword } from '../users/password';
import { CandidateModel } from '../candidates/candidates.model';
import { refreshOneContractStatus } from '../credits/refresh-contract-statuses';
import { ContractModel } from '../contracts/contracts.model';
import { CreditModel } from '../credits/credits.model';
import { EffortModel } from '../efforts/efforts.model';
import { MatchModel } from '../matches/matches.model';
import { NotificationModel } from '../notifications/notifications.model';
import { OrganisationModel } from '../organisations/organisations.model';
import { PlaceModel } from '../places/places.model';
import { ReminderModel } from '../reminders/reminders.model';
import { UserModel } from '../users/users.model';
import type { RuleSetDoc } from '../valuation/rule-sets.model';
import { ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { batchRanges } from './batches';
import { startProgress } from './progress';
import {
  effortRecords,
  matchNotifications,
  matchReminders,
  placementCreditRecord,
  type ScaleContractFacts,
} from './scale-activity-records';
import {
  buildScaleMatch,
  candidateChange,
  matchDay,
  PLACEMENT_OUTCOMES,
  possibleOutcome,
  type ScaleCandidateFacts,
  type ScalePerson,
  type ScalePlaceFacts,
} from './scale-match-records';
import { scaleObjectId, stored, type RawRecord, type ScaleContext } from './scale-records';
import { eachIndex, generateRange, insertRaw } from './scale-writes';

/** How far the contractors' activity has been generated (fields of the scale marker). */
export interface ActivityMarker {
  users: number;
  efforts: number;
}

interface Counts {
  candidates: number;
  companies: number;
  places: number;
}

/** Reads generated records of one kind by their (derived) ids, a batch at a time. */
async function readByIds<T>(
  model: { collection: { find: (filter: object, options: object) => { toArray: () => Promise<unknown[]> } } },
  ids: Types.ObjectId[],
  projection: Record<string, 1>,
): Promise<Map<string, T>> {
  const byId = new Map<string, T>();
  for (const { start, end } of batchRanges(0, ids.length, 1000)) {
    const docs = (await model.collection
      .find({ _id: { $in: ids.slice(start, end) } }, { projection })
      .toArray()) as Array<T & { _id: Types.ObjectId }>;
    for (const doc of docs) byId.set(String(doc._id), doc);
  }
  return byId;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The places a match can be at, per kind of outcome, ordered by the start of their contract (places
 * without one first), so a placement is only made at a place whose contract had started by then.
 */
class PlacePicker {
  private readonly lists = new Map<string, Array<{ place: ScalePlaceFacts; from: string }>>();

  constructor(places: ScalePlaceFacts[], contracts: Map<string, ScaleContractFacts>) {
    const from = (p: ScalePlaceFacts) =>
      p.contractId ? (contracts.get(String(p.contractId))?.startDate ?? '') : '';
    const suits: Record<string, (p: ScalePlaceFacts) => boolean> = {
      open: (p) => p.status === 'open',
      placement: (p) => p.status === 'open' || p.status === 'filled',
      ended: (p) => p.status !== 'draft',
    };
    for (const [name, suit] of Object.entries(suits)) {
      const list = places.filter(suit).map((place) => ({ place, from: from(place) }));
      list.sort((a, b) => a.from.localeCompare(b.from));
      this.lists.set(name, list);
    }
  }

  /** The place at `pick` ∈ [0, 1) among those suiting the outcome whose contract started by `day`. */
  pick(outcome: ScaleMatchOutcome, pick: number, day: string): ScalePlaceFacts | null {
    const name = PLACEMENT_OUTCOMES.includes(outcome)
      ? 'placement'
      : outcome === 'declined' || outcome === 'withdrawn'
        ? 'ended'
        : 'open';
    const list = this.lists.get(name)!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.from <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo ? list[Math.floor(pick * lo)]!.place : null;
  }
}

export interface ActivityContext {
  ctx: ScaleContext;
  picker: PlacePicker;
  options: ScaleOptions;
  consultant: ScalePerson;
  contracts: Map<string, ScaleContractFacts>;
  /** Contractor organisation id → its generated planner. */
  planners: Map<string, ScalePerson>;
  ruleSets: RuleSetDoc[];
}

const plannerOf = (company: ReturnType<typeof buildScaleCompany>) => `Planning ${company.name}`;

/** One planner account per generated contractor (all with the demo password, hashed once). */
async function generateUsers(
  a: ActivityContext,
  marker: ActivityMarker,
  counts: Counts,
  batchSize: number,
  save: Save,
) {
  if (marker.users >= counts.companies) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await generateRange(
    'contractor users',
    marker.users,
    counts.companies,
    batchSize,
    eachIndex(async (i) => [
      await stored(UserModel, {
        _id: scaleObjectId('user', i, a.ctx.seed, a.ctx.today),
        email: `planning-${i + 1}@schaal.kansplek.nl`,
        name: plannerOf(buildScaleCompany(i, a.options)),
        role: 'contractor',
        organisationId: scaleObjectId('company', i, a.ctx.seed, a.ctx.today),
        status: 'active',
        passwordHash,
        createdAt: a.ctx.today,
        updatedAt: a.ctx.today,
      }),
    ]),
    (records) => insertRaw(UserModel as never, records),
    (upTo) => save({ users: upTo }),
  );
}

/** The records a batch of candidates brings: themselves, and their matches with what follows. */
export interface CandidateBatch {
  candidates: RawRecord[];
  matches: RawRecord[];
  credits: RawRecord[];
  notifications: RawRecord[];
  reminders: RawRecord[];
}

export const emptyCandidateBatch = (): CandidateBatch => ({
  candidates: [],
  matches: [],
  credits: [],
  notifications: [],
  reminders: [],
});

/**
 * Candidate `i` (a stored record, not yet written) and at most one match of theirs, following their
 * status, with its credit, notifications and reminders. A match that holds the candidate (a trial or
 * an employment) is recorded on the candidate as `claimCandidate` does, before it is written: an
 * update afterwards would cost a collection scan per candidate on FerretDB.
 */
export async function addCandidateWithMatch(
  a: ActivityContext,
  batch: CandidateBatch,
  i: number,
  record: RawRecord,
): Promise<void> {
  const { ctx } = a;
  batch.candidates.push(record);
  const candidate = record as unknown as ScaleCandidateFacts & { version: number; searchVersion: number };
  const plan = buildScaleMatchPlan(i, candidate.status as ScaleCandidateStatus, a.options);
  const outcome = plan && possibleOutcome(plan, candidate);
  if (!plan || !outcome) return;
  const place = a.picker.pick(outcome, plan.placePick, matchDay(plan, ctx.today));
  const contractor = place && a.planners.get(String(place.contractorId));
  if (!place || !contractor) return;
  const people = { consultant: a.consultant, contractor };
  const id = scaleObjectId('match', i, ctx.seed, ctx.today);
  const match = buildScaleMatch(id, outcome, plan, candidate, place, people, ctx.today);
  batch.matches.push(await stored(MatchModel, match as unknown as Record<string, unknown>));
  const change = candidateChange(match, outcome);
  if (change) {
    // One update as the pipeline makes it: version +1, and the search document changes.
    Object.assign(record, change);
    candidate.version += 1;
    candidate.searchVersion += 1;
  }
  const contract = place.contractId && a.contracts.get(String(place.contractId));
  if (contract && (match.trial || match.employment)) {
    const creditId = scaleObjectId('placementCredit', i, ctx.seed, ctx.today);
    const credit = placementCreditRecord(creditId, match, place, candidate, contract, a.ruleSets, ctx.today);
    batch.credits.push(await stored(CreditModel, credit));
  }
  let n = 0;
  const nextId = (kind: 'notification' | 'reminder') => () =>
    scaleObjectId(kind, i * 8 + n++, ctx.seed, ctx.today);
  const names = { candidate: candidate.fullName, place: place.title };
  for (const notification of matchNotifications(nextId('notification'), match, names, people, ctx.today)) {
    batch.notifications.push(await stored(NotificationModel, notification));
  }
  n = 0;
  for (const reminder of matchReminders(nextId('reminder'), match, names, people, ctx.today)) {
    batch.reminders.push(await stored(ReminderModel, reminder));
  }
}

export async function writeCandidateBatch(batch: CandidateBatch): Promise<void> {
  await insertRaw(CandidateModel as never, batch.candidates);
  await insertRaw(MatchModel as never, batch.matches);
  await insertRaw(CreditModel as never, batch.credits);
  await insertRaw(NotificationModel as never, batch.notifications);
  await insertRaw(ReminderModel as never, batch.reminders);
}

/** Zero to four efforts per contract, with a credit for each accepted one. */
async function buildEffortBatch(
  a: ActivityContext,
  enterprises: Types.ObjectId[],
  start: number,
  end: number,
) {
  const { ctx } = a;
  const records: RawRecord[] = [];
  for (let k = start; k < end; k += 1) {
    const contract = a.contracts.get(String(scaleObjectId('contract', k, ctx.seed, ctx.today)));
    const contractor = contract && a.planners.get(String(contract.contractorId));
    if (!contract || !contractor) continue;
    const plans = buildScaleEfforts(k, a.options);
    for (const [j, plan] of plans.entries()) {
      const enterprise = enterprises[Math.floor(plan.enterprisePick * enterprises.length)] ?? null;
      if (plan.kind === 'social_purchase' && !enterprise) continue;
      const ids = {
        effort: scaleObjectId('effort', k * 8 + j, ctx.seed, ctx.today),
        credit: scaleObjectId('effortCredit', k * 8 + j, ctx.seed, ctx.today),
      };
      const people = { consultant: a.consultant, contractor };
      for (const record of effortRecords(ids, plan, contract, enterprise, people, a.ruleSets, ctx.today)) {
        records.push(
          'sourceKey' in record ? await stored(CreditModel, record) : await stored(EffortModel, record),
        );
      }
    }
  }
  return records;
}

type Save = (change: Partial<ActivityMarker>) => Promise<void>;

/**
 * What the activity of a region needs to know, read once: the generated contracts, a planner per
 * contractor, the region's valuation rule sets and the places (one scan each).
 */
export async function loadActivityContext(ctx: ScaleContext, counts: Counts): Promise<ActivityContext> {
  const options = { seed: ctx.seed, today: ctx.today };
  const contractIds = range(counts.companies).map((i) => scaleObjectId('contract', i, ctx.seed, ctx.today));
  const contracts = await readByIds<ScaleContractFacts>(ContractModel, contractIds, {
    regionId: 1,
    municipalityId: 1,
    contractorId: 1,
    startDate: 1,
  });
  const planners = new Map(
    range(counts.companies).map((i) => [
      String(scaleObjectId('company', i, ctx.seed, ctx.today)),
      {
        id: String(scaleObjectId('user', i, ctx.seed, ctx.today)),
        name: plannerOf(buildScaleCompany(i, options)),
      },
    ]),
  );
  const placeIds = new Set(
    range(counts.places).map((i) => String(scaleObjectId('place', i, ctx.seed, ctx.today))),
  );
  const regionPlaces = (await PlaceModel.collection
    .find(
      { regionId: ctx.regionId },
      {
        projection: {
          title: 1,
          kind: 1,
          status: 1,
          contractorId: 1,
          contractId: 1,
          regionId: 1,
          location: 1,
          requirements: 1,
        },
      },
    )
    .toArray()) as unknown as ScalePlaceFacts[];
  return {
    ctx,
    options,
    consultant: { id: ctx.consultant.id, name: ctx.consultant.name },
    contracts,
    planners,
    ruleSets: await ruleSetsOfRegion(ctx.regionId),
    picker: new PlacePicker(
      regionPlaces.filter((p) => placeIds.has(String(p._id))),
      contracts,
    ),
  };
}

/**
 * The contractors' side of the activity: a planner account each, and their other efforts with the
 * credits of the accepted ones; then every contract's status is brought up to date (some are
 * fulfilled by now). Resumable: each phase moves the marker after each batch.
 */
export async function generateContractorActivity(
  a: ActivityContext,
  counts: Counts,
  marker: ActivityMarker,
  batchSize: number,
  save: Save,
): Promise<void> {
  await generateUsers(a, marker, counts, batchSize, save);
  const { ctx } = a;
  if (marker.efforts < counts.companies) {
    const enterprises = await OrganisationModel.find({ kind: 'social_enterprise', regionIds: ctx.regionId })
      .sort({ _id: 1 })
      .select({ _id: 1 })
      .lean();
    await generateRange(
      'efforts',
      marker.efforts,
      counts.companies,
      batchSize,
      (start, end) =>
        buildEffortBatch(
          a,
          enterprises.map((e) => e._id),
          start,
          end,
        ),
      async (records) => {
        await insertRaw(
          EffortModel as never,
          records.filter((r) => !('sourceKey' in r)),
        );
        await insertRaw(
          CreditModel as never,
          records.filter((r) => 'sourceKey' in r),
        );
      },
      (upTo) => save({ efforts: upTo }),
    );
  }
}

/** Brings every generated contract's status up to date with its credits (some are fulfilled by now). */
export async function refreshScaleContracts(a: ActivityContext, log: (m: string) => void): Promise<void> {
  // One by one, each as the maintenance task refreshes it (notifications included); a by-id read and
  // write each on FerretDB, so a progress bar shows it is moving.
  const progress = startProgress('contract statuses', a.contracts.size);
  const moved: Record<string, number> = {};
  let done = 0;
  for (const contract of a.contracts.values()) {
    const next = await refreshOneContractStatus(contract._id);
    if (next) moved[next] = (moved[next] ?? 0) + 1;
    progress.update((done += 1));
  }
  progress.finish();
  const summary = Object.entries(moved).map(([status, n]) => `${n} ${status}`);
  log(`contract statuses brought up to date: ${summary.length > 0 ? summary.join(', ') : 'none moved'}`);
}
