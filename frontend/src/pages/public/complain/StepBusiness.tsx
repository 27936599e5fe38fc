import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isUscc } from '../../../lib/validators';

/** Step 2: the business complained about. */
export function StepBusiness() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={['business', 'name']}
        label={t('complain.businessName')}
        extra={t('complain.businessNameHelp')}
        rules={[
          { required: true, whitespace: true, message: t('complain.businessNameRequired') },
          { max: 200, message: t('complain.tooLong', { max: 200 }) },
        ]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name={['business', 'uscc']}
        label={t('complain.uscc')}
        extra={t('complain.usccHelp')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || isUscc(v) ? Promise.resolve() : Promise.reject(new Error(t('complain.usccInvalid'))),
          },
        ]}
      >
        <Input autoComplete="off" maxLength={18} />
      </Form.Item>
      <Form.Item
        name={['business', 'platform']}
        label={t('complain.platform')}
        extra={t('complain.platformHelp')}
        rules={[{ max: 100, message: t('complain.tooLong', { max: 100 }) }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </>
  );
}
