import { pipelineQueryKey } from '@/features/pipeline/api/pipeline-keys';

/**
 * The candidate's own lists of matches, under the pipeline's root key: every step on a match (the
 * pipeline's mutations) refreshes them too.
 */
export const myMatchesQueryKey = [...pipelineQueryKey, 'mine'] as const;
