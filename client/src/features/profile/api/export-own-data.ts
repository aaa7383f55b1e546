import { ZCandidateExport, type TCandidateExport } from '@kansplek/api/contract';
import { useMutation } from '@tanstack/react-query';
import { downloadJson } from '@/features/candidates/utils/download-json';
import { apiClient } from '@/lib/api-client';

/** Everything Kansplek stores about the signed-in candidate, as a file to keep. */
export async function exportOwnData(): Promise<TCandidateExport> {
  return apiClient.get('/api/me/candidate/export', { schema: ZCandidateExport });
}

export function useExportOwnData() {
  return useMutation({
    mutationFn: exportOwnData,
    onSuccess: (data) => downloadJson('mijn-gegevens-kansplek.json', data),
  });
}
