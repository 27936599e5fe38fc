import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { settingsApi } from './endpoints';
import type { CalendarYear, DeadlineRuleRequest } from './types';

export function useDeadlineRules(code: string) {
  return useQuery({
    queryKey: ['settings', 'deadline-rules', code] as const,
    queryFn: ({ signal }) => settingsApi.deadlineRules(code, signal),
    select: (data) => data.items ?? [],
    enabled: !!code,
  });
}

export function useSaveDeadlineRule(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeadlineRuleRequest) => settingsApi.saveDeadlineRule(code, body),
    onSuccess: (data) => qc.setQueryData(['settings', 'deadline-rules', code], data),
  });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['settings', 'calendar', year] as const,
    queryFn: ({ signal }) => settingsApi.calendar(year, signal),
  });
}

export function useSaveCalendarYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Pick<CalendarYear, 'holidays' | 'workdays'>) => settingsApi.saveCalendar(year, body),
    onSuccess: (data) => {
      qc.setQueryData(['settings', 'calendar', year], data);
      // Every year's answer carries the coverage warning, and open cases' deadlines moved.
      void qc.invalidateQueries({ queryKey: ['settings', 'calendar'] });
      void qc.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
