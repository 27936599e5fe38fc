import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, describeError } from '../api/errors';

/** Returns a function that turns an error into localized text. */
export function useDescribeError() {
  const { t, i18n } = useTranslation();
  return useCallback((err: unknown) => describeError(err, t, (key) => i18n.exists(key)), [t, i18n]);
}

/** Returns a function that puts an error's field errors onto a form's fields. */
export function useApplyFieldErrors() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (form: FormInstance, err: unknown, fields: readonly string[]) =>
      applyFieldErrors(form, err, fields, t, (key) => i18n.exists(key)),
    [t, i18n],
  );
}

/** Returns a function that shows an error as an antd message (and on form fields, if given). */
export function useNotifyError() {
  const { message } = App.useApp();
  const describe = useDescribeError();
  const applyFields = useApplyFieldErrors();
  return useCallback(
    (err: unknown, form?: { instance: FormInstance; fields: readonly string[] }) => {
      if (form) applyFields(form.instance, err, form.fields);
      void message.error(describe(err));
    },
    [message, describe, applyFields],
  );
}
