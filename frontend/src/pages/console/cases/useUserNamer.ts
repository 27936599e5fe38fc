import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent, Me, Member } from '../../../api/types';

/**
 * Names staff users by ID from what is at hand: the signed-in user, the association's
 * members (for supervisors and admins, who may list them) and the actors of the timeline.
 */
export function useUserNamer(me: Me, members: Member[] | undefined, events: CaseEvent[] | undefined) {
  const { t } = useTranslation();
  const names = useMemo(() => {
    const m = new Map<number, string>();
    for (const e of events ?? []) if (e.actor?.id && e.actor.name) m.set(e.actor.id, e.actor.name);
    for (const x of members ?? []) m.set(x.user.id, x.user.name || x.user.email);
    m.set(me.id, me.name);
    return m;
  }, [me, members, events]);
  return useCallback(
    (id: number) => {
      const name = names.get(id);
      if (id === me.id) return t('case.meNamed', { name });
      return name ?? t('case.staffNumber', { id });
    },
    [names, me.id, t],
  );
}
