import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useNotifyError } from '../../../hooks/useNotifyError';

/**
 * Reports a failed change to a case: a stale ETag (412) says the case changed and was
 * reloaded; anything else (409 included) shows the server's reason, and field errors go
 * onto the form. Returns true when the case was stale.
 */
export function useCaseErrors() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  return useCallback(
    (err: unknown, form?: { instance: FormInstance; fields: readonly string[] }): boolean => {
      if (isApiError(err) && (err.status === 412 || err.status === 428)) {
        void message.warning(t('case.changedReloaded'));
        return true;
      }
      notify(err, form);
      return false;
    },
    [message, notify, t],
  );
}
