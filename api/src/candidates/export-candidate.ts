import { recordAudit } from '../audit/audit.service';
import { listAuditEntries } from '../audit/audit.service';
import type { SessionUser } from '../http/session-user';
import type { TAuditEntry, TCandidateExport } from '../contract';
import { UserModel, type UserDoc } from '../users/users.model';
import { findOwnCandidate, findVisibleCandidate } from './candidate-records';
import type { CandidateDoc } from './candidates.model';
import { loadCandidateRelations, presentCandidateDetail } from './candidates.presenter';

type ExportSection = (candidateId: string) => Promise<unknown>;
const sections = new Map<string, ExportSection>();

/**
 * Other modules add what they store about a candidate (matches, trial periods, employment) to the
 * GDPR export: `registerCandidateExportSection('matches', (id) => …)`.
 */
export function registerCandidateExportSection(name: string, collect: ExportSection): void {
  sections.set(name, collect);
}

async function auditEntriesAbout(candidateId: string): Promise<TAuditEntry[]> {
  const entries: TAuditEntry[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listAuditEntries({ candidateId, page, limit: 100 });
    entries.push(...result.data);
    if (page >= result.page.pages) return entries;
  }
}

function presentAccount(user: UserDoc | null): TCandidateExport['account'] {
  if (!user) return null;
  // Never the password hash or the invitation token hash.
  return {
    id: String(user._id),
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    locale: user.locale ?? 'nl',
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** Everything stored about one person (AVG inzageverzoek); the export itself is logged first. */
async function buildCandidateExport(actor: SessionUser, doc: CandidateDoc): Promise<TCandidateExport> {
  await recordAudit(actor, 'export', [doc._id]);
  const candidateId = String(doc._id);
  const [related, account, auditLog] = await Promise.all([
    loadCandidateRelations([doc]),
    doc.userId ? UserModel.findById(doc.userId).lean<UserDoc>() : null,
    auditEntriesAbout(candidateId),
  ]);
  const extra: Record<string, unknown> = {};
  for (const [name, collect] of sections) extra[name] = await collect(candidateId);
  return {
    exportedAt: new Date().toISOString(),
    candidate: presentCandidateDetail(doc, related),
    account: presentAccount(account),
    auditLog,
    related: extra,
  };
}

export async function exportCandidate(user: SessionUser, id: string): Promise<TCandidateExport> {
  return buildCandidateExport(user, await findVisibleCandidate(user, id));
}

export async function exportOwnCandidateData(user: SessionUser): Promise<TCandidateExport> {
  return buildCandidateExport(user, await findOwnCandidate(user));
}
