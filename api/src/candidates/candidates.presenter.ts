import { recordAudit } from '../audit/audit.service';
import type { SessionUser } from '../http/session-user';
import type {
  TCandidate,
  TCandidateConsentState,
  TCandidateForContractor,
  TCandidateListItem,
  TOwnCandidateProfile,
  TUserStatus,
} from '../contract';
import { UserModel } from '../users/users.model';
import type { CandidateDoc } from './candidates.model';

/**
 * The one place that decides which candidate fields leave the server, per role:
 * consultants everything (lists without the sensitive fields), the candidate their own profile
 * without the sensitive fields, contractors name and CV summary after consent, others nothing.
 */

interface RelatedUser {
  name: string;
  status: TUserStatus;
}
export type CandidateRelations = Map<string, RelatedUser>;

/** The consultants and linked accounts of a set of candidates, in one query. */
export async function loadCandidateRelations(docs: CandidateDoc[]): Promise<CandidateRelations> {
  const ids = [
    ...new Set(
      docs
        .flatMap((d) => [d.consultantId, d.userId])
        .filter(Boolean)
        .map(String),
    ),
  ];
  if (!ids.length) return new Map();
  const users = await UserModel.find({ _id: { $in: ids } })
    .select({ name: 1, status: 1 })
    .lean();
  return new Map(users.map((u) => [String(u._id), { name: u.name, status: u.status }]));
}

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

function presentConsent(
  consent: NonNullable<CandidateDoc['consent']>['matching'] | null | undefined,
): TCandidateConsentState {
  return {
    given: consent?.given ?? false,
    at: iso(consent?.at),
    by:
      consent?.byId && consent.byName && consent.byRole
        ? { id: String(consent.byId), name: consent.byName, role: consent.byRole }
        : null,
    inPerson: consent?.inPerson ?? false,
  };
}

function consultantRef(doc: CandidateDoc, related: CandidateRelations) {
  if (!doc.consultantId) return null;
  const id = String(doc.consultantId);
  return { id, name: related.get(id)?.name ?? '—' };
}

/** Fields of the list and the own profile: nothing sensitive. */
function presentProfileBase(doc: CandidateDoc, related: CandidateRelations) {
  return {
    id: String(doc._id),
    firstName: doc.firstName ?? '',
    lastName: doc.lastName ?? '',
    email: doc.email ?? null,
    phone: doc.phone ?? null,
    consultant: consultantRef(doc, related),
    skills: [...(doc.skills ?? [])],
    occupations: (doc.occupations ?? []).map((o) => ({ iscoCode: o.iscoCode ?? '', label: o.label ?? '' })),
    educationLevel: doc.educationLevel ?? 'none',
    dutchLevel: doc.dutchLevel ?? 'A1',
    drivingLicence: doc.drivingLicence ?? false,
    hoursWanted: { min: doc.hoursWanted?.min ?? 0, max: doc.hoursWanted?.max ?? 0 },
    availableFrom: doc.availableFrom ?? '',
    travel: { maxKm: doc.travel?.maxKm ?? 0, mode: doc.travel?.mode ?? 'bike' },
    preferredSectors: [...(doc.preferredSectors ?? [])],
    preferredPlaceKinds: [...(doc.preferredPlaceKinds ?? [])],
    status: doc.status,
    waitingSince: doc.waitingSince,
    consent: {
      matching: presentConsent(doc.consent?.matching),
      sharing: presentConsent(doc.consent?.sharing),
    },
    version: doc.version ?? 0,
  } satisfies Partial<TCandidateListItem>;
}

export function presentCandidateListItem(doc: CandidateDoc, related: CandidateRelations): TCandidateListItem {
  return {
    ...presentProfileBase(doc, related),
    municipalityCode: doc.municipalityCode ?? null,
    city: doc.address?.city ?? null,
    hasAccount: !!doc.userId,
    createdAt: doc.createdAt.toISOString(),
  };
}

export function presentOwnCandidateProfile(
  doc: CandidateDoc,
  related: CandidateRelations,
): TOwnCandidateProfile {
  const address = doc.address;
  return {
    ...presentProfileBase(doc, related),
    address: {
      street: address?.street ?? null,
      houseNumber: address?.houseNumber ?? null,
      postcode: address?.postcode ?? '',
      city: address?.city ?? null,
      municipalityCode: address?.municipalityCode ?? null,
      location: { lat: address?.location?.lat ?? 0, lng: address?.location?.lng ?? 0 },
    },
    workExperience: (doc.workExperience ?? []).map((w) => ({
      title: w.title,
      employer: w.employer,
      iscoCode: w.iscoCode ?? null,
      from: w.from,
      to: w.to ?? null,
      description: w.description ?? null,
    })),
    education: (doc.education ?? []).map((e) => ({
      level: e.level,
      programme: e.programme,
      completed: e.completed,
      year: e.year ?? null,
    })),
    cvSummary: doc.cvSummary ?? null,
  };
}

/** The consultant's full view, with the sensitive fields. Use `revealCandidateDetail`, which audits. */
export function presentCandidateDetail(doc: CandidateDoc, related: CandidateRelations): TCandidate {
  const account = doc.userId ? related.get(String(doc.userId)) : undefined;
  return {
    ...presentOwnCandidateProfile(doc, related),
    municipalityCode: doc.municipalityCode ?? null,
    regionId: String(doc.regionId),
    sensitive: {
      targetGroups: [...(doc.targetGroups ?? [])],
      benefitType: doc.benefitType ?? 'none',
      benefitSince: doc.benefitSince ?? null,
      birthDate: doc.birthDate ?? null,
      supportNeeds: [...(doc.supportNeeds ?? [])],
      supportNote: doc.supportNote ?? null,
    },
    consentHistory: (doc.consentHistory ?? []).map((c) => ({
      kind: c.kind,
      given: c.given,
      at: c.at.toISOString(),
      by: { id: String(c.byId), name: c.byName, role: c.byRole },
      inPerson: c.inPerson ?? false,
    })),
    account: doc.userId ? { userId: String(doc.userId), status: account?.status ?? 'disabled' } : null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

/**
 * An employer sees a name and the CV summary, and only for an introduction the candidate consented
 * to (decided by the match pipeline) while their consent to sharing still stands. Never the
 * sensitive fields: target group, benefit type, support needs.
 */
export function presentCandidateForContractor(
  doc: CandidateDoc,
  { introducedWithConsent }: { introducedWithConsent: boolean },
): TCandidateForContractor | null {
  if (!introducedWithConsent || !doc.consent?.sharing?.given || doc.erasedAt) return null;
  return {
    id: String(doc._id),
    firstName: doc.firstName ?? '',
    lastName: doc.lastName ?? '',
    cvSummary: doc.cvSummary ?? null,
  };
}

/** Sensitive fields shown to anyone but the candidate themselves leave a trace in the audit log. */
export async function revealCandidateDetail(viewer: SessionUser, doc: CandidateDoc): Promise<TCandidate> {
  const related = await loadCandidateRelations([doc]);
  if (String(doc.userId) !== viewer.id) await recordAudit(viewer, 'read_sensitive', [doc._id]);
  return presentCandidateDetail(doc, related);
}
