import { useQuery } from '@tanstack/react-query';
import { businessesApi, reportsApi, trackApi } from './endpoints';

/** Businesses whose name matches; asks only from two characters on (the API's minimum). */
export function useBusinessSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['public', 'businesses', query] as const,
    queryFn: ({ signal }) => businessesApi.search(query, signal),
    select: (data) => data.items ?? [],
    enabled: [...query].length >= 2,
  });
}

export function useReputation(id: string) {
  return useQuery({
    queryKey: ['public', 'business', id] as const,
    queryFn: ({ signal }) => businessesApi.get(id, signal),
    enabled: !!id,
  });
}

export function usePublicReports() {
  return useQuery({
    queryKey: ['public', 'reports'] as const,
    queryFn: ({ signal }) => reportsApi.listPublic(signal),
    select: (data) => data.items ?? [],
  });
}

/** The parties' attachments of a tracked case. */
export function useTrackAttachments(tn: string, code: string) {
  return useQuery({
    queryKey: ['track', tn, code, 'attachments'] as const,
    queryFn: ({ signal }) => trackApi.attachments(tn, code, signal),
    select: (data) => data.items ?? [],
    enabled: !!tn,
  });
}
