import { buildScaleCandidate, buildScaleCompany, buildScalePlace, scaleCompanyCount } from '@kansplek/seed';
import mongoose from 'mongoose';
import { findSessionUser } from '../auth/session-user';
import { ContractModel } from '../contracts/contracts.model';
import { ensureDemoOrganisations } from '../demo/demo-organisations';
import { OrganisationModel } from '../organisations/organisations.model';
import { PlaceModel } from '../places/places.model';
import { UserModel } from '../users/users.model';
import type { ScaleArgs } from './args';
import {
  addCandidateWithMatch,
  emptyCandidateBatch,
  generateContractorActivity,
  refreshScaleContracts,
  loadActivityContext,
  writeCandidateBatch,
} from './generate-scale-activity';
import { eachIndex, generateRange, insertRaw } from './scale-writes';
import {
  toCandidateRecord,
  toCompanyRecord,
  toContractRecord,
  toPlaceRecord,
  type ScaleContext,
} from './scale-records';

/** What has been generated into this database, so a second run adds only what is missing. */
export interface ScaleMarker {
  _id: string;
  seed: number;
  /** The day the generation started (YYYY-MM-DD); dates and ids stay relative to it on later runs. */
  today: string;
  candidates: number;
  companies: number;
  places: number;
  /** Contractor accounts and efforts (by contract) generated so far; absent before matches were generated. */
  users?: number;
  efforts?: number;
  /**
   * Whether the contracts' statuses count every generated credit. Cleared by every batch written and
   * set after the refresh (minutes on FerretDB at 200 contracts), so a run that adds nothing skips it.
   */
  statusesRefreshed?: boolean;
}

const MARKERS = 'scale_loads';
const MARKER_ID = 'midden-gelderland';
const DEMO_CONSULTANT = 'consultant@kansplek.nl';

export function scaleMarkers() {
  return mongoose.connection.collection<ScaleMarker>(MARKERS);
}

export async function readScaleMarker(): Promise<ScaleMarker | null> {
  return scaleMarkers().findOne({ _id: MARKER_ID });
}

/** The demo region and its consultant: the demo consultant finds the generated candidates in search. */
async function demoRegionContext(seed: number, today: Date): Promise<ScaleContext> {
  const ids = await ensureDemoOrganisations();
  const user = await UserModel.findOne({ email: DEMO_CONSULTANT }).select({ _id: 1 }).lean();
  const consultant = user && (await findSessionUser(String(user._id)));
  if (!consultant) throw new Error(`The demo consultant ${DEMO_CONSULTANT} is missing: load the demo first`);
  return { ...ids, consultant, seed, today };
}

export interface ScaleResult {
  marker: ScaleMarker;
  added: { candidates: number; companies: number; places: number };
}

/** Generates the demo region's scale data up to the asked counts (the demo must be loaded). */
export async function generateScaleData(args: ScaleArgs, log: (m: string) => void): Promise<ScaleResult> {
  const existing = await readScaleMarker();
  if (existing && existing.seed !== args.seed) {
    throw new Error(
      `This database holds scale data generated with seed ${existing.seed}; use that seed or a fresh DATA_DIR`,
    );
  }
  const marker: ScaleMarker = existing ?? {
    _id: MARKER_ID,
    seed: args.seed,
    today: new Date().toISOString().slice(0, 10),
    candidates: 0,
    companies: 0,
    places: 0,
  };
  if (existing && existing.candidates > 0 && existing.users === undefined) {
    throw new Error(
      'This database holds scale data of an earlier generator (candidates without matches); ' +
        'remove its DATA_DIR (for the benchmark .data/bench or .data/bench-small) and run again',
    );
  }
  const before = { ...marker };
  const today = new Date(`${marker.today}T00:00:00Z`);
  const options = { seed: marker.seed, today };
  const ctx = await demoRegionContext(marker.seed, today);
  const save = async (change: Partial<ScaleMarker>) => {
    const written = Object.keys(change).length > 0 ? { statusesRefreshed: false } : {};
    const { _id, ...fields } = Object.assign(marker, change, written);
    await scaleMarkers().updateOne({ _id }, { $set: fields }, { upsert: true });
  };
  await save({});

  const companyCount = Math.max(
    marker.companies,
    args.places > marker.places ? scaleCompanyCount(args.places) : 0,
  );
  await generateRange(
    'contractors',
    marker.companies,
    companyCount,
    args.batchSize,
    eachIndex(async (i) => {
      const company = buildScaleCompany(i, options);
      return [await toCompanyRecord(company, i, ctx), await toContractRecord(company, i, ctx)];
    }),
    async (records) => {
      await insertRaw(
        OrganisationModel as never,
        records.filter((r) => 'kvkNumber' in r),
      );
      await insertRaw(
        ContractModel as never,
        records.filter((r) => 'obligationCents' in r),
      );
    },
    (upTo) => save({ companies: upTo }),
  );
  await generateRange(
    'places',
    marker.places,
    args.places,
    args.batchSize,
    eachIndex(async (i) => [await toPlaceRecord(buildScalePlace(i, marker.companies, options), i, ctx)]),
    (records) => insertRaw(PlaceModel as never, records),
    (upTo) => save({ places: upTo }),
  );
  // Candidates come after places: each batch brings its candidates' matches at those places.
  const counts = { candidates: args.candidates, companies: marker.companies, places: marker.places };
  const activity = await loadActivityContext(ctx, counts);
  await generateRange(
    'candidates and matches',
    marker.candidates,
    args.candidates,
    args.batchSize,
    async (start, end) => {
      const batch = emptyCandidateBatch();
      for (let i = start; i < end; i += 1) {
        const record = await toCandidateRecord(buildScaleCandidate(i, options), i, ctx);
        await addCandidateWithMatch(activity, batch, i, record);
      }
      return batch;
    },
    writeCandidateBatch,
    (upTo) => save({ candidates: upTo }),
  );
  const progress = { users: marker.users ?? 0, efforts: marker.efforts ?? 0 };
  await generateContractorActivity(activity, counts, progress, args.batchSize, (change) =>
    save(Object.assign(progress, change)),
  );
  if (!marker.statusesRefreshed) {
    await refreshScaleContracts(activity, log);
    await scaleMarkers().updateOne({ _id: MARKER_ID }, { $set: { statusesRefreshed: true } });
    marker.statusesRefreshed = true;
  }
  const added = {
    candidates: marker.candidates - before.candidates,
    companies: marker.companies - before.companies,
    places: marker.places - before.places,
  };
  log(
    `Scale data in region Midden-Gelderland (seed ${marker.seed}, dates from ${marker.today}): ` +
      `${marker.candidates} candidates, ${marker.places} places, ${marker.companies} contractors ` +
      `(added ${added.candidates}, ${added.places}, ${added.companies}).`,
  );
  return { marker, added };
}
