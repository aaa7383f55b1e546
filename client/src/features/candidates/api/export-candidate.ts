import { ZCandidateExport, type TCandidateExport } from '@kansplek/api/contract';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { downloadJson } from '../utils/download-json';

/** Everything stored about the candidate (AVG inzageverzoek); the server logs the export. */
export async function exportCandidate(id: string): Promise<TCandidateExport> {
  return apiClient.get(`/api/candidates/${encodeURIComponent(id)}/export`, { schema: ZCandidateExport });
}

export function useExportCandidate() {
  return useMutation({
    mutationFn: exportCandidate,
    onSuccess: (data) => downloadJson(`kansplek-gegevens-${data.candidate.id}.json`, data),
  });
}
