import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS } from '../../../api/types';
import { isEmail, isMobile, isResidentId } from '../../../lib/validators';
import { DivisionCascader } from './DivisionCascader';

/** Step 1: who is complaining. */
export function StepConsumer() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={['consumer', 'name']}
        label={t('complain.name')}
        rules={[
          { required: true, whitespace: true, message: t('complain.nameRequired') },
          { max: 50, message: t('complain.tooLong', { max: 50 }) },
        ]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name={['consumer', 'mobile']}
        label={t('complain.mobile')}
        rules={[
          { required: true, message: t('complain.mobileRequired') },
          {
            validator: (_, v: string | undefined) =>
              !v || isMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('complain.mobileInvalid'))),
          },
        ]}
      >
        <Input inputMode="tel" autoComplete="tel" placeholder="13800138000" />
      </Form.Item>
      <Form.Item
        name={['consumer', 'email']}
        label={t('complain.email')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || isEmail(v) ? Promise.resolve() : Promise.reject(new Error(t('login.emailInvalid'))),
          },
        ]}
      >
        <Input inputMode="email" autoComplete="email" />
      </Form.Item>
      <Form.Item
        name={['consumer', 'id_number']}
        label={t('complain.idNumber')}
        extra={t('complain.idNumberHelp')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || isResidentId(v) ? Promise.resolve() : Promise.reject(new Error(t('complain.idInvalid'))),
          },
        ]}
      >
        <Input autoComplete="off" maxLength={18} />
      </Form.Item>
      <Form.Item
        name={['consumer', 'division']}
        label={t('complain.region')}
        extra={t('complain.regionHelp')}
        rules={[{ required: true, type: 'array', min: 1, message: t('complain.regionRequired') }]}
      >
        <DivisionCascader />
      </Form.Item>
      <Form.Item name={['consumer', 'age_band']} label={t('complain.ageBand')}>
        <Select
          allowClear
          placeholder={t('complain.ageBandPlaceholder')}
          options={AGE_BANDS.map((b) => ({ value: b, label: t(`ageBand.${b}`) }))}
        />
      </Form.Item>
      <Form.Item
        name={['consumer', 'is_minor']}
        valuePropName="checked"
        dependencies={[['consumer', 'age_band']]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, minor: boolean | undefined) => {
              const band = getFieldValue(['consumer', 'age_band']) as string | undefined;
              return !minor || !band || band === 'under_18'
                ? Promise.resolve()
                : Promise.reject(new Error(t('complain.minorInconsistent')));
            },
          }),
        ]}
      >
        <Checkbox>{t('complain.isMinor')}</Checkbox>
      </Form.Item>
    </>
  );
}
