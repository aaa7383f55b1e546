import type { UpdateQuery } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import type { TMatchStage, TPipelineActor } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, staleVersion } from '../http/app-error';
import { MatchModel, type MatchDoc } from './matches.model';
import { findMatchFor, nextStages } from './matches.policy';

/** 422 for a record that belongs to another stage (a check-in outside a trial, aftercare before hire). */
export const wrongStage = (match: MatchDoc, actor: TPipelineActor, message: string) =>
  new AppError(422, 'invalid_transition', message, {
    from: match.stage,
    allowed: nextStages(match.stage, actor),
  });

export interface MatchRecord {
  /** The stage the match must still be at. */
  stage: TMatchStage;
  /** The version the client read; without it (appending a check-in) any version will do. */
  version?: number;
  /** More conditions on the stored match (e.g. employment not ended yet). */
  where?: Record<string, unknown>;
  update: UpdateQuery<MatchDoc>;
  /** The 422 message when the match is no longer at `stage` or fails `where`. */
  refused: string;
}

/**
 * Records something on a match without moving it (a check-in, an extension, aftercare): one
 * conditional update on `{ _id, stage, version }` that also bumps the version. When it matches nothing
 * the match changed meanwhile: 409 when its version moved on, else 422.
 */
export async function recordOnMatch(
  user: SessionUser,
  match: MatchDoc,
  actor: TPipelineActor,
  record: MatchRecord,
): Promise<MatchDoc> {
  const filter = {
    _id: match._id,
    stage: record.stage,
    ...(record.version === undefined ? {} : { version: record.version }),
    ...record.where,
  };
  const updated = await updateDocument(MatchModel, filter, {
    ...record.update,
    $inc: { version: 1 },
  });
  if (updated) return updated as MatchDoc;
  const { match: now } = await findMatchFor(user, String(match._id));
  if (record.version !== undefined && now.version !== record.version) throw staleVersion(now.version ?? 0);
  throw wrongStage(now, actor, record.refused);
}
