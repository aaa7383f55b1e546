import { DEMO_USERS } from '@kansplek/seed';
import { refreshContractStatuses } from '../credits/refresh-contract-statuses';
import { alertContractsBehindPace } from '../credits/behind-pace-alerts';
import { findSessionUser } from '../auth/session-user';
import { withoutMail } from '../mail/enqueue-mail';
import { UserModel } from '../users/users.model';
import { loadDemoEfforts, welcomeDemoUsers } from './demo-efforts';
import { beginDemoLoad } from './demo-load-marker';
import { ensureDemoOrganisations } from './demo-organisations';
import { cleanUpStory, loadDemoStory, type StoryCast } from './demo-story';

const DEMO_STORY = 'midden-gelderland-story';

async function sessionUserOf(email: string) {
  const user = await UserModel.findOne({ email }).select({ _id: 1 }).lean();
  return user ? await findSessionUser(String(user._id)) : undefined;
}

/** The demo accounts that act in the story; none when one of them is gone or changed role. */
async function demoCast(): Promise<StoryCast | null> {
  const consultant = await sessionUserOf('consultant@kansplek.nl');
  const contractor = await sessionUserOf('aannemer@kansplek.nl');
  const candidate = await sessionUserOf('kandidaat@kansplek.nl');
  const cast = { consultant, contractor, candidate };
  const roles = { consultant: 'consultant', contractor: 'contractor', candidate: 'candidate' } as const;
  return Object.entries(roles).every(([key, role]) => cast[key as keyof typeof roles]?.role === role)
    ? (cast as StoryCast)
    : null;
}

/**
 * The demo's living part, told once after the region is loaded and the search engine runs (the
 * services it goes through present their answers with the engine's place summaries): matches in every stage, efforts in
 * every state, the contracts' statuses and alerts that follow from them, and a first message for each
 * demo account. Through the same services as the API, so every rule and derived figure holds.
 */
export function tellDemoStory(log: (m: string) => void = () => undefined): Promise<void> {
  // The story's notifications are history: they reach the bell, not anyone's inbox.
  return withoutMail(() => tellStory(log));
}

async function tellStory(log: (m: string) => void): Promise<void> {
  const load = await beginDemoLoad(DEMO_STORY, log, cleanUpStory);
  if (!load) return;
  const cast = await demoCast();
  if (!cast) return;
  const ids = await ensureDemoOrganisations();
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
