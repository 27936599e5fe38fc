import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { associationsApi, authApi, meApi } from './endpoints';
import type { AddMemberRequest, Association, Role } from './types';

export const queryKeys = {
  me: ['me'] as const,
  associations: ['associations'] as const,
  members: (code: string) => ['associations', code, 'members'] as const,
};

/** Retries transient failures only; client errors (4xx) are final. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => meApi.get(signal) });
}

export function useAssociations() {
  return useQuery({
    queryKey: queryKeys.associations,
    queryFn: ({ signal }) => associationsApi.list(signal),
    select: (data) => data.items ?? [],
  });
}

export function useMembers(code: string) {
  return useQuery({
    queryKey: queryKeys.members(code),
    queryFn: ({ signal }) => associationsApi.members(code, signal),
    select: (data) => data.items ?? [],
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: () => {
      qc.clear();
    },
  });
}

/** Logs out; the caller leaves the console first, then drops cached data with `clear`. */
export function useLogout() {
  const qc = useQueryClient();
  const mutation = useMutation({ mutationFn: authApi.logout });
  return { ...mutation, clear: () => qc.clear() };
}

export function useChangePassword() {
  return useMutation({ mutationFn: meApi.changePassword });
}

export function useAddMember(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AddMemberRequest) => associationsApi.addMember(code, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.members(code) }),
  });
}

export function useSetMemberRole(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: number; role: Role }) =>
      associationsApi.setRole(code, userId, role),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.members(code) }),
  });
}

export function useRemoveMember(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => associationsApi.removeMember(code, userId),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.members(code) }),
  });
}

/** Flattens an association forest (depth first). */
export function flattenAssociations(roots: Association[]): Association[] {
  const out: Association[] = [];
  const walk = (list: Association[]) => {
    for (const a of list) {
      out.push(a);
      if (a.children?.length) walk(a.children);
    }
  };
  walk(roots);
  return out;
}

/** Codes of the association and all of its ancestors, nearest first. */
export function ancestry(roots: Association[], code: string): string[] {
  const byCode = new Map(flattenAssociations(roots).map((a) => [a.code, a]));
  const chain: string[] = [];
  let cur = byCode.get(code);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.code)) {
    seen.add(cur.code);
    chain.push(cur.code);
    cur = cur.parent ? byCode.get(cur.parent) : undefined;
  }
  if (!chain.length) chain.push(code);
  return chain;
}
