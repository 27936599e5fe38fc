import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeTrackInput, type TrackCredentials } from '../../../lib/trackSession';

/** Asks for the tracking number and the access code given at filing. */
export function TrackLookup({
  initial,
  error,
  loading,
  onSubmit,
}: {
  initial?: TrackCredentials | null;
  error?: string | null;
  loading?: boolean;
  onSubmit: (c: TrackCredentials) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('track.lookupTitle')} className="track-lookup">
      {error && <Alert type="error" showIcon title={error} role="alert" className="form-alert" data-testid="track-error" />}
      <Form<TrackCredentials>
        layout="vertical"
        name="track"
        requiredMark={false}
        initialValues={initial ?? undefined}
        onFinish={(v) => onSubmit(normalizeTrackInput(v))}
      >
        <Form.Item
          name="trackingNumber"
          label={t('track.trackingNumber')}
          rules={[{ required: true, whitespace: true, message: t('track.trackingNumberRequired') }]}
        >
          <Input placeholder="GZ-2026-000123" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="accessCode"
          label={t('track.accessCode')}
          extra={t('track.accessCodeHelp')}
          rules={[{ required: true, whitespace: true, message: t('track.accessCodeRequired') }]}
        >
          <Input.Password autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block icon={<SearchOutlined />} loading={loading}>
          {t('track.submit')}
        </Button>
      </Form>
    </Card>
  );
}
