import type { SessionUser } from '../http/session-user';
import type { TAcceptEffort, TEffort, TRejectEffort } from '../contract';
import { syncEffortCredit } from './effort-credit';
import { updateDocument } from '../database/document-lock';
import { forbidden, staleVersion } from '../http/app-error';
import { alreadyDecided, refusal } from './change-effort';
import { findVisibleEffort, refuseUnvaluedKind } from './effort-records';
import { EffortModel, type EffortDoc } from './efforts.model';
import { mayDecide } from './efforts.policy';
import { notifyEffortParties } from './notify-effort';
import { presentEffort } from './efforts.presenter';

type Decision = { status: 'accepted'; note: string } | { status: 'rejected'; note: string };

/**
 * A consultant of the contract's region accepts or rejects a submitted effort. One conditional update
 * on status and version: of two decisions only one wins. An accepted effort is credited at once.
 */
async function decideEffort(
  user: SessionUser,
  id: string,
  version: number,
  decision: Decision,
): Promise<TEffort> {
  const effort = await findVisibleEffort(user, id);
  if (!mayDecide(user, effort)) throw forbidden('Only a consultant of the region decides on an effort');
  if (effort.status !== 'submitted') throw alreadyDecided(effort);
  if ((effort.version ?? 0) !== version) throw staleVersion(effort.version ?? 0);
  // The rule set may have changed since the effort was submitted.
  if (decision.status === 'accepted') {
    await refuseUnvaluedKind(effort, effort);
  }
  const updated = (await updateDocument(
    EffortModel,
    { _id: id, version, status: 'submitted' },
    {
      $set: {
        status: decision.status,
        decision: { byId: user.id, byName: user.name, at: new Date(), note: decision.note },
      },
      $inc: { version: 1 },
    },
  )) as EffortDoc | null;
  if (!updated) throw await refusal(id);
  if (decision.status === 'accepted') await syncEffortCredit(updated._id);
  await notifyEffortParties(
    updated,
    user,
    decision.status === 'accepted' ? 'effort_accepted' : 'effort_rejected',
  );
  return presentEffort(updated, user);
}

export function acceptEffort(user: SessionUser, id: string, input: TAcceptEffort) {
  return decideEffort(user, id, input.version, { status: 'accepted', note: input.note });
}

export function rejectEffort(user: SessionUser, id: string, input: TRejectEffort) {
  return decideEffort(user, id, input.version, { status: 'rejected', note: input.reason });
}
