import { updateDocument } from '../database/document-lock';
import mongoose, { type Types } from 'mongoose';
import { recordAudit } from '../audit/audit.service';
import type { SessionUser } from '../http/session-user';
import type { TEraseCandidate } from '../contract';
import { UserModel } from '../users/users.model';
import { withholdMailAbout } from '../mail/withhold-mail';
import { findVisibleCandidate, saveCandidateChange } from './candidate-records';

const NO_CONSENT = { given: false, at: null, byId: null, byName: null, byRole: null, inPerson: false };

/**
 * Everything that identifies the person or says something about them as an individual. What stays
 * (region, service point, municipality code, target groups, benefit type and start, status, dates)
 * is what SROI statistics and valuation need, and identifies no one.
 */
const ERASED_FIELDS = {
  firstName: null,
  lastName: null,
  fullName: null,
  sortName: null,
  email: null,
  phone: null,
  address: null,
  birthDate: null,
  skills: [],
  occupations: [],
  workExperience: [],
  education: [],
  educationLevel: null,
  dutchLevel: null,
  drivingLicence: null,
  hoursWanted: null,
  availableFrom: null,
  travel: null,
  preferredSectors: [],
  preferredPlaceKinds: [],
  cvSummary: null,
  supportNeeds: [],
  supportNote: null,
  consent: { matching: NO_CONSENT, sharing: NO_CONSENT },
  consentHistory: [],
};

/** The linked account loses its name, e-mail address and password, and every open session ends. */
async function anonymiseAccount(userId: Types.ObjectId): Promise<void> {
  await updateDocument(
    UserModel,
    { _id: userId },
    {
      $set: {
        name: 'Verwijderde kandidaat',
        email: `verwijderd-${String(userId)}@kansplek.invalid`,
        passwordHash: null,
        inviteTokenHash: null,
        inviteExpiresAt: null,
        lastLoginAt: null,
        status: 'disabled',
      },
      $inc: { version: 1 },
    },
  );
  await mongoose.connection.collection('sessions').deleteMany({ 'session.userId': String(userId) });
}

type ErasureStep = (candidateId: Types.ObjectId) => Promise<void>;
const erasureSteps = new Map<string, ErasureStep>();

/**
 * Other modules erase what they keep about the person (notes on matches, check-ins):
 * `registerCandidateErasureStep('matches', (id) => …)`; each runs after the profile is emptied.
 */
export function registerCandidateErasureStep(name: string, step: ErasureStep): void {
  erasureSteps.set(name, step);
}

/**
 * Erasure on request (AVG art. 17). The profile is emptied in one atomic, version-checked update
 * (bumping `searchVersion`, so the search index drops it); later reads answer 404.
 */
export async function eraseCandidate(user: SessionUser, id: string, input: TEraseCandidate): Promise<void> {
  const current = await findVisibleCandidate(user, id);
  await saveCandidateChange(current, input.version, { $set: { ...ERASED_FIELDS, erasedAt: new Date() } });
  if (current.userId) await anonymiseAccount(current.userId);
  await withholdMailAbout(current._id, 'all', current.userId);
  for (const step of erasureSteps.values()) await step(current._id);
  await recordAudit(user, 'erase', [current._id]);
}
