import { Alert, Checkbox, Form, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DESIRED_RESOLUTIONS } from '../../../api/types';

/** Step 4: what the consumer wants, and whether the case may be published anonymized. */
export function StepWish() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="desired_resolution"
        label={t('complain.desiredResolution')}
        rules={[{ required: true, message: t('complain.desiredRequired') }]}
      >
        <Radio.Group>
          <Space orientation="vertical">
            {DESIRED_RESOLUTIONS.map((r) => (
              <Radio key={r} value={r}>
                {t(`resolution.${r}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Alert
        type="info"
        showIcon
        title={t('complain.consentTitle')}
        description={t('complain.consentExplain')}
        className="consent-alert"
      />
      <Form.Item name="consent_to_publish" valuePropName="checked">
        <Checkbox>{t('complain.consent')}</Checkbox>
      </Form.Item>
    </>
  );
}
