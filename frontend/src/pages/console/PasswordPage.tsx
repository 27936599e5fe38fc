import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/queries';
import type { ChangePasswordRequest } from '../../api/types';
import { useNotifyError } from '../../hooks/useNotifyError';
import { useStaff } from './ConsoleLayout';

/** The server's minimum (domain.MinPasswordLength). */
const MIN_LENGTH = 10;
const FIELDS = ['current_password', 'new_password'] as const;

type Values = ChangePasswordRequest & { confirm: string };

export function PasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const notify = useNotifyError();
  const me = useStaff();

  const onFinish = ({ current_password, new_password }: Values) => {
    change.mutate(
      { current_password, new_password },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('password.changed'));
        },
        onError: (err) => notify(err, { instance: form, fields: FIELDS }),
      },
    );
  };

  return (
    <Card title={t('password.title')} style={{ maxWidth: 480 }}>
      <Form form={form} layout="vertical" name="change-password" onFinish={onFinish} requiredMark={false}>
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <Form.Item
          name="current_password"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="new_password"
          label={t('password.new')}
          rules={[
            { required: true, message: t('password.required') },
            { min: MIN_LENGTH, message: t('password.tooShort', { min: MIN_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['new_password']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('new_password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
