import { buildDemoRegionData } from '@kansplek/seed';
import type { SessionUser } from '../http/session-user';
import { CandidateModel } from '../candidates/candidates.model';
import { createCandidate } from '../candidates/create-candidate';
import { recordCandidateConsent } from '../candidates/record-consent';
import type { TCreateCandidate, TCreateContract, TCreatePlace } from '../contract';
import { dutchToday } from '../contracts/today';
import { activateContract } from '../contracts/contract-transitions';
import { createContract } from '../contracts/create-contract';
import { updateDocument } from '../database/document-lock';
import { OrganisationModel } from '../organisations/organisations.model';
import { setDisplacement } from '../organisations/organisations.service';
import { createPlace } from '../places/create-place';
import { transitionPlace } from '../places/transition-place';
import { beginDemoLoad } from './demo-load-marker';
import type { DemoOrganisationIds } from './demo-organisations';

const DEMO_LOAD = 'midden-gelderland';
const DEMO_DISPLACED_COMPANY = 'rijnBeveiliging';

/** Moves a new (draft) place to the demo status along legal transitions. */
const PATH_TO: Record<string, string[]> = {
  draft: [],
  open: ['open'],
  paused: ['open', 'paused'],
  filled: ['open', 'filled'],
  closed: ['closed'],
};

/**
 * Contracts, places and job seekers of the demo region, created through the same services the API
 * uses (so every rule and derived value holds). Runs once: a marker records that it finished.
 */
export async function loadDemoActivity(
  consultant: SessionUser,
  ids: DemoOrganisationIds,
  candidateUserId: string,
  log: (message: string) => void,
  candidateCount?: number,
): Promise<void> {
  const load = await beginDemoLoad(DEMO_LOAD, log);
  if (!load) return;
  const data = buildDemoRegionData(new Date(), candidateCount);

  log('Demo-regio: contracten…');
  const contractIds: string[] = [];
  for (const c of data.contracts) {
    const input = {
      ...c.input,
      municipalityId: String(ids.municipalities.get(c.municipalityCode)),
      contractorId: String(ids.companies.get(c.companyKey)),
    } as TCreateContract;
    const created = await createContract(consultant, input);
    await load.created('contracts', created.id);
    contractIds.push(created.id);
    if (c.activate) await activateContract(consultant, created.id, { version: created.version });
  }

  log(`Demo-regio: ${data.places.length} plekken…`);
  for (const p of data.places) {
    const input = {
      ...p.input,
      contractorId: String(ids.companies.get(p.companyKey)),
      contractId: p.contractIndex === null ? null : contractIds[p.contractIndex],
    } as TCreatePlace;
    let place = await createPlace(consultant, input);
    await load.created('places', place.id);
    for (const to of PATH_TO[p.status] ?? []) {
      place = await transitionPlace(consultant, place.id, {
        to,
        version: (place as { version: number }).version,
      } as never);
    }
  }

  // One contractor recently let staff go: its places wait for a consultant's confirmation before matching.
  const flagged = await OrganisationModel.findById(ids.companies.get(DEMO_DISPLACED_COMPANY)).lean();
  if (flagged && !flagged.displacement) {
    await setDisplacement(consultant, String(flagged._id), {
      version: flagged.version ?? 0,
      date: dutchToday(new Date(Date.now() - 45 * 86_400_000)),
      note: 'Collectief ontslag van zes beveiligers na verlies van een opdracht.',
    });
  }

  log(`Demo-regio: ${data.candidates.length} werkzoekenden…`);
  for (const c of [...data.candidates, { input: data.accountCandidate, consent: true, waitingSince: null }]) {
    const created = await createCandidate(consultant, c.input as TCreateCandidate);
    await load.created('candidates', created.id);
    let version = created.version;
    if (c.consent) {
      version = (
        await recordCandidateConsent(consultant, created.id, { kind: 'matching', given: true, version })
      ).version;
      version = (
        await recordCandidateConsent(consultant, created.id, { kind: 'sharing', given: true, version })
      ).version;
    }
    const isAccount = c.input === data.accountCandidate;
    // Demo history: people have been looking for work for a while (the fairness factor in matching needs that).
    await updateDocument(
      CandidateModel,
      { _id: created.id },
      { $set: isAccount ? { userId: candidateUserId } : { waitingSince: c.waitingSince } },
    );
  }
  await load.finish();
}
