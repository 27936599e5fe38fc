import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useLogin } from '../../api/queries';
import type { LoginRequest } from '../../api/types';
import { useApplyFieldErrors, useDescribeError } from '../../hooks/useNotifyError';
import { landingPath } from '../../lib/landing';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginRequest>();
  const login = useLogin();
  const describe = useDescribeError();
  const applyFieldErrors = useApplyFieldErrors();
  const [error, setError] = useState<string | null>(null);

  const onFinish = (values: LoginRequest) => {
    setError(null);
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (res) => {
          const from = (location.state as { from?: unknown } | null)?.from;
          void navigate(landingPath(res.user?.kind, from), { replace: true });
        },
        onError: (err) => {
          applyFieldErrors(form, err, FIELDS);
          setError(describe(err));
        },
      },
    );
  };

  return (
    <div className="login-wrap">
      <Card title={t('login.title')} className="login-card">
        {error && (
          <Alert type="error" showIcon title={error} role="alert" data-testid="login-error" style={{ marginBottom: 16 }} />
        )}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} name="login">
          <Form.Item
            name="email"
            label={t('login.email')}
            rules={[
              { required: true, message: t('login.emailRequired') },
              { type: 'email', message: t('login.emailInvalid') },
            ]}
          >
            <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
