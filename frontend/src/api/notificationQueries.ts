import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from './endpoints';
import type { MarkReadRequest } from './types';

export const notificationKeys = {
  all: ['notifications'] as const,
  latest: ['notifications', 'latest'] as const,
  list: ['notifications', 'list'] as const,
};

/** How often the bell asks for news: gently, and again when the window regains focus. */
export const NOTIFICATION_POLL_MS = 60_000;
export const BELL_SIZE = 8;
const PAGE_SIZE = 20;

/** The newest notices and the unread count, for the bell. */
export function useLatestNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.latest,
    queryFn: ({ signal }) => notificationsApi.list('', BELL_SIZE, signal),
    enabled,
    staleTime: 15_000,
    refetchInterval: NOTIFICATION_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** All notices, page by page ("load more" follows next_cursor). */
export function useNotificationList() {
  return useInfiniteQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal, pageParam }) => notificationsApi.list(pageParam, PAGE_SIZE, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.next_cursor || undefined,
    staleTime: 15_000,
  });
}

/** Marks notices read; the bell and the list reload. */
export function useMarkNotificationsRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadRequest) => notificationsApi.markRead(body),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
