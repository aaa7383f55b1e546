import { DEMO_USERS } from '@kansplek/seed';
import { refreshContractStatuses } from '../contracts/contract-transitions';
import { alertContractsBehindPace } from '../credits/behind-pace-alerts';
import { UserModel } from '../users/users.model';
import { loadDemoEfforts, welcomeDemoUsers } from './demo-efforts';
import { beginDemoLoad } from './demo-load-marker';
import type { DemoOrganisationIds } from './demo-organisations';
import { cleanUpStory, loadDemoStory, type StoryCast } from './demo-story';

const DEMO_STORY = 'midden-gelderland-story';

/**
 * The demo's living part, told once after the region is loaded: matches in every stage, efforts in
 * every state, the contracts' statuses and alerts that follow from them, and a first message for each
 * demo account. Through the same services as the API, so every rule and derived figure holds.
 */
export async function tellDemoStory(cast: StoryCast, ids: DemoOrganisationIds, log: (m: string) => void) {
  const load = await beginDemoLoad(DEMO_STORY, log, cleanUpStory);
  if (!load) return;
  const vanWijk = ids.companies.get('vanWijk');
  if (vanWijk) await loadDemoStory(cast, String(vanWijk), load, log);
  await loadDemoEfforts(cast, ids, load, log);
  await refreshContractStatuses();
  await alertContractsBehindPace();
  const users = await UserModel.find({ email: { $in: DEMO_USERS.map((u) => u.email) } })
    .select({ _id: 1, role: 1 })
    .lean();
  await welcomeDemoUsers(users.map((u) => ({ id: String(u._id), role: u.role })));
  await load.finish();
}
