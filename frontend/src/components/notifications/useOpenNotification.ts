import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useMarkNotificationsRead } from '../../api/notificationQueries';
import { myCasesQuery } from '../../api/queries';
import type { AppNotification, Me } from '../../api/types';
import { notificationTarget } from '../../lib/notifications';

/**
 * Returns what clicking a notice does: marks it read and opens its case where the user can see
 * it. A consumer's case opens by its tracking number, found among the account's own cases.
 * Resolves to whether a page was opened.
 */
export function useOpenNotification(me: Me) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const markRead = useMarkNotificationsRead();
  return async (n: AppNotification): Promise<boolean> => {
    if (!n.read_at) markRead.mutate({ ids: [n.id] });
    let trackingNumber: string | undefined;
    if (me.kind === 'consumer' && n.case_id !== null) {
      try {
        trackingNumber = (await qc.fetchQuery(myCasesQuery())).items.find((c) => c.id === n.case_id)?.tracking_number;
      } catch {
        // without the list there is nothing to open; the notice is read all the same
      }
    }
    const to = notificationTarget(n.case_id, me.kind, trackingNumber);
    if (to) await navigate(to);
    return !!to;
  };
}
