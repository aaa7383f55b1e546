import express, { type RequestHandler, type Response } from 'express';
// The core entry: buffers only, and it resolves for require (jest) as well as import.
import { fileTypeFromBuffer } from 'file-type/core';
import type { SessionUser } from '../http/session-user';
import {
  EVIDENCE_CONTENT_TYPES,
  MAX_EVIDENCE_BYTES,
  type TEffort,
  type TEvidenceContentType,
} from '../contract';
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

/**
 * The file's type as its bytes say (file-type reads the signature), never as the header claims: an
 * executable sent as `application/pdf` is refused; a PDF sent as an image is stored as the PDF it is.
 */
async function evidenceTypeOf(file: Buffer, claimed: string | undefined): Promise<TEvidenceContentType> {
  const detected = (await fileTypeFromBuffer(file))?.mime;
  const allowed = EVIDENCE_CONTENT_TYPES.find((type) => type === detected);
  if (allowed) return allowed;
  const message = `The file is ${detected ? `of type ${detected}` : 'of an unknown type'}, not a PDF, PNG or JPEG`;
  throw new AppError(415, 'unsupported_media_type', message, {
    allowed: EVIDENCE_CONTENT_TYPES,
    claimed: (claimed ?? '').split(';')[0]!.trim(),
    detected: detected ?? null,
    issues: [{ path: 'body', code: 'file_type_not_allowed', message }],
  });
}

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
  const type = await evidenceTypeOf(file, contentType);
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
