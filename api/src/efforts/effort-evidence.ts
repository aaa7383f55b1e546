import express, { type RequestHandler, type Response } from 'express';
import type { SessionUser } from '../http/session-user';
import { EVIDENCE_CONTENT_TYPES, MAX_EVIDENCE_BYTES, type TEffort } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, forbidden, notFound } from '../http/app-error';
import { alreadyDecided } from './change-effort';
import { EffortEvidenceModel } from './effort-evidence.model';
import { findVisibleEffort } from './effort-records';
import { EffortModel, type EffortDoc } from './efforts.model';
import { maySubmitFor } from './efforts.policy';
import { presentEffort } from './efforts.presenter';

/**
 * Reads a PDF or image body (at most 5 MB; larger is a 413) into `res.locals.evidence`. The body is
 * taken off `req.body`, which the route layer keeps for JSON, so the route declares no JSON body.
 */
export const readEvidenceBody: RequestHandler[] = [
  express.raw({ type: [...EVIDENCE_CONTENT_TYPES], limit: MAX_EVIDENCE_BYTES }),
  (req, res, next) => {
    if (Buffer.isBuffer(req.body)) {
      res.locals.evidence = req.body;
      req.body = undefined;
    }
    next();
  },
];

/** The submitter attaches (or replaces) the evidence file while the effort awaits a decision. */
export async function uploadEvidence(
  user: SessionUser,
  id: string,
  filename: string,
  contentType: string | undefined,
  file: Buffer | undefined,
): Promise<TEffort> {
  const effort = await findVisibleEffort(user, id);
  if (!maySubmitFor(user, effort)) throw forbidden('Only the contractor or its consultants add evidence');
  if (effort.status !== 'submitted') throw alreadyDecided(effort);
  if (!file) {
    throw new AppError(415, 'unsupported_media_type', 'Send a PDF, PNG or JPEG file', {
      allowed: EVIDENCE_CONTENT_TYPES,
    });
  }
  if (file.length === 0) {
    throw new AppError(400, 'validation_failed', 'The file is empty', {
      issues: [{ path: 'body', code: 'too_small', message: 'The file is empty' }],
    });
  }
  const type = (contentType ?? '').split(';')[0]!.trim();
  await EffortEvidenceModel.updateOne(
    { effortId: effort._id },
    { $set: { filename, contentType: type, data: file } },
    { upsert: true },
  );
  const updated = await updateDocument(
    EffortModel,
    { _id: effort._id },
    {
      $set: { evidenceFile: { filename, contentType: type, size: file.length, uploadedAt: new Date() } },
      $inc: { version: 1 },
    },
  );
  return presentEffort(updated as EffortDoc, user);
}

/** Anyone who may see the effort downloads its evidence file. */
export async function sendEvidence(user: SessionUser, id: string, res: Response): Promise<undefined> {
  const effort = await findVisibleEffort(user, id);
  // Not lean: the document gives the file as a Buffer (lean would give BSON's Binary).
  const file = await EffortEvidenceModel.findOne({ effortId: effort._id });
  if (!file) throw notFound('Evidence file');
  res.type(file.contentType).attachment(file.filename).send(Buffer.from(file.data));
  return undefined;
}
