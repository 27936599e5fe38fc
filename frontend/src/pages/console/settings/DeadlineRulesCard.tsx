import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenAssociations, useAssociations } from '../../../api/queries';
import { useDeadlineRules, useSaveDeadlineRule } from '../../../api/settingsQueries';
import type { DeadlineRule, Me } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';
import { formatDate, localName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { QueryError } from '../QueryError';

interface RuleForm {
  effective_from: Dayjs;
  acceptance_days: number;
  mediation_days: number;
  business_response_days: number;
  basis: string;
}

const RULE_FIELDS = ['effective_from', 'acceptance_days', 'mediation_days', 'business_response_days', 'basis'] as const;

/** The associations whose deadlines the caller may set: all for a platform admin, else those they administer. */
function useManagedAssociations(me: Me) {
  const lang = useLang();
  const all = useAssociations();
  const list = me.is_platform_admin
    ? flattenAssociations(all.data ?? [])
    : (me.memberships ?? []).filter((m) => m.role === 'admin').map((m) => m.association);
  return list.map((a) => ({ value: a.code, label: localName(a, lang) }));
}

/** Deadline rules (working days to accept, mediate, and for the business to answer) by effective date. */
export function DeadlineRulesCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const options = useManagedAssociations(me);
  const [picked, setPicked] = useState('');
  const code = picked || options[0]?.value || '';
  const rules = useDeadlineRules(code);
  const save = useSaveDeadlineRule(code);
  const [form] = Form.useForm<RuleForm>();

  return (
    <Card
      size="small"
      title={t('settings.deadlines')}
      data-testid="deadline-rules"
      extra={
        <Select
          style={{ minWidth: 200, maxWidth: '100%' }}
          value={code || undefined}
          onChange={setPicked}
          options={options}
          aria-label={t('dashboard.association')}
          showSearch={{ optionFilterProp: 'label' }}
        />
      }
    >
      {rules.isError ? (
        <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<DeadlineRule>
          rowKey={(r) => `${r.association ?? ''}/${r.effective_from}`}
          size="small"
          loading={rules.isPending && !!code}
          dataSource={rules.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('settings.scope'),
              dataIndex: 'association',
              render: (a: string | null) => (a ? <Tag color="blue">{t('settings.ownRule')}</Tag> : <Tag>{t('settings.defaultRule')}</Tag>),
            },
            { title: t('settings.effectiveFrom'), dataIndex: 'effective_from', render: (v: string) => formatDate(v, lang) },
            { title: t('settings.acceptanceDays'), dataIndex: 'acceptance_days' },
            { title: t('settings.mediationDays'), dataIndex: 'mediation_days' },
            { title: t('settings.businessDays'), dataIndex: 'business_response_days' },
            { title: t('settings.basis'), dataIndex: 'basis' },
          ]}
        />
      )}
      {code && (
        <Form<RuleForm>
          form={form}
          layout="vertical"
          name="deadline_rule"
          className="settings-form"
          initialValues={{ acceptance_days: 7, mediation_days: 60, business_response_days: 10 }}
          onFinish={(v) =>
            save.mutate(
              { ...v, basis: v.basis?.trim() ?? '', effective_from: v.effective_from.format('YYYY-MM-DD') },
              {
                onSuccess: () => {
                  void message.success(t('settings.ruleSaved'));
                  form.resetFields();
                },
                onError: (err) => notify(err, { instance: form, fields: RULE_FIELDS }),
              },
            )
          }
        >
          <Space wrap align="start">
            <Form.Item name="effective_from" label={t('settings.effectiveFrom')} rules={[{ required: true, message: t('settings.required') }]}>
              <DatePicker />
            </Form.Item>
            {(['acceptance_days', 'mediation_days', 'business_response_days'] as const).map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={t(f === 'acceptance_days' ? 'settings.acceptanceDays' : f === 'mediation_days' ? 'settings.mediationDays' : 'settings.businessDays')}
                rules={[{ required: true, message: t('settings.required') }]}
              >
                <InputNumber min={1} max={365} precision={0} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item name="basis" label={t('settings.basis')}>
            <Input maxLength={200} placeholder={t('settings.basisPlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={save.isPending} data-testid="rule-save">
            {t('settings.addRule')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
