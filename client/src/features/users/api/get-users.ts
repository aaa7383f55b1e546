import { ZPageOf, ZUser, type TRole, type TUserListQuery, type TUserStatus } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const usersQueryKey = ['users'] as const;

export type UserSort = TUserListQuery['sort'];

export interface UserListParams {
  role?: TRole;
  status?: TUserStatus;
  q?: string;
  sort: UserSort;
  page: number;
  limit: number;
}

export function getUsers(params: UserListParams) {
  return apiClient.get('/api/users', { query: { ...params }, schema: ZPageOf(ZUser) });
}

export const usersQueryOptions = (params: UserListParams) =>
  queryOptions({
    queryKey: [...usersQueryKey, 'list', params],
    queryFn: () => getUsers(params),
    placeholderData: keepPreviousData,
  });

export function useUsers(params: UserListParams) {
  return useQuery(usersQueryOptions(params));
}
