import type { UpdateQuery } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import type { TMatchStage, TPipelineActor } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, staleVersion } from '../http/app-error';
import { assertDisplacementConfirmed } from '../places/displacement-guard';
import { MatchModel, type MatchDoc } from './matches.model';
import { findMatchFor, mayMove, nextStages } from './matches.policy';

export const refuseMove = (from: TMatchStage, to: TMatchStage, actor: TPipelineActor) =>
  new AppError(422, 'invalid_transition', `A ${from} match cannot move to ${to} by a ${actor}`, {
    from,
    to,
    allowed: nextStages(from, actor),
  });

/** The moves that bring the candidate to the employer, refused at a flagged place until it is confirmed. */
const TOWARDS_PLACEMENT: readonly TMatchStage[] = ['introduced', 'trial', 'hired'];

export interface Move {
  to: TMatchStage;
  version: number;
  note: string;
  /** What else changes with the stage (trial, employment, introduction, dismissal). */
  set?: Record<string, unknown>;
}

/**
 * Moves a match one stage on, if the rules allow it for this actor: one conditional update on
 * `{ _id, version, stage }`, so of two simultaneous moves only the first succeeds and the other gets
 * 409 (stale version) or 422 (no longer allowed from the new stage). Every move is a timeline event.
 */
export async function moveMatch(
  user: SessionUser,
  match: MatchDoc,
  actor: TPipelineActor,
  move: Move,
): Promise<MatchDoc> {
  if (!mayMove(match.stage, move.to, actor)) throw refuseMove(match.stage, move.to, actor);
  if (TOWARDS_PLACEMENT.includes(move.to)) await assertDisplacementConfirmed(match.placeId);
  const update: UpdateQuery<MatchDoc> = {
    $set: { stage: move.to, ...move.set },
    $push: {
      timeline: { stage: move.to, at: new Date(), byId: user.id, byName: user.name, note: move.note },
    },
    $inc: { version: 1 },
  };
  const updated = await updateDocument(
    MatchModel,
    { _id: match._id, version: move.version, stage: match.stage },
    update,
  );
  if (updated) return updated as MatchDoc;
  const { match: now } = await findMatchFor(user, String(match._id));
  if (now.version !== move.version) throw staleVersion(now.version ?? 0);
  throw refuseMove(now.stage, move.to, actor);
}
