import { ZAuditEntry, ZAuditListQuery, ZPageOf } from '../contract';
import { defineRoute } from '../http/define-route';
import { listAuditEntries } from './audit.service';

export function auditRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit-log',
      summary: 'Who read, exported or erased which candidate’s sensitive data (newest first)',
      tags: ['audit'],
      access: ['admin'],
      query: ZAuditListQuery,
      response: ZPageOf(ZAuditEntry),
      handler: ({ query }) => listAuditEntries(query),
    }),
  ];
}
