import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCreateReport, usePublishReport, useReports, useTaxonomy } from '../../api/queries';
import type { Report, ReportTopicKind } from '../../api/types';
import { formatDate, formatDateTime, localName, pickName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { useNotifyError } from '../../hooks/useNotifyError';
import { chinaToday } from '../../lib/deadline';
import { useStaff } from './ConsoleLayout';
import { QueryError } from './QueryError';

interface CreateForm {
  kind: ReportTopicKind;
  code: string;
  period: [Dayjs, Dayjs];
  descendants: boolean;
  title?: string;
}

function CreateReportCard({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [form] = Form.useForm<CreateForm>();
  const kind = Form.useWatch('kind', form);
  const taxonomy = useTaxonomy();
  const create = useCreateReport(code);
  const options =
    kind === 'tag'
      ? (taxonomy.data?.tags ?? []).map((x) => ({ value: x.code, label: pickName(x.names, lang, x.code) }))
      : (taxonomy.data?.categories ?? []).map((x) => ({ value: x.code, label: pickName(x.names, lang, x.code) }));

  return (
    <Card size="small" title={t('reports.create')}>
      <Form<CreateForm>
        form={form}
        layout="inline"
        initialValues={{ kind: 'category', descendants: true, period: [dayjs(chinaToday()).subtract(3, 'month'), dayjs(chinaToday())] }}
        onFinish={(v) =>
          create.mutate(
            {
              descendants: v.descendants,
              topic: { kind: v.kind, code: v.code },
              from: v.period[0].format('YYYY-MM-DD'),
              to: v.period[1].format('YYYY-MM-DD'),
              ...(v.title?.trim() ? { title: v.title.trim() } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t('reports.created'));
                onDone();
              },
              onError: (err) => notify(err),
            },
          )
        }
        style={{ rowGap: 12 }}
      >
        <Form.Item name="kind" label={t('reports.topicKind')}>
          <Radio.Group
            onChange={() => form.setFieldValue('code', undefined)}
            options={[
              { value: 'category', label: t('reports.kindCategory') },
              { value: 'tag', label: t('reports.kindTag') },
            ]}
          />
        </Form.Item>
        <Form.Item name="code" label={t('reports.topic')} rules={[{ required: true, message: t('reports.topicRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 200 }} options={options} />
        </Form.Item>
        <Form.Item name="period" label={t('dashboard.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="descendants" label={t('dashboard.descendants')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="title" label={t('reports.titleLabel')}>
          <Input style={{ minWidth: 220 }} maxLength={200} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending} data-testid="report-create">
            {t('reports.create')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** The data reports of one of the user's associations: list, create, publish. */
export function ReportsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useStaff();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const memberships = me.memberships ?? [];
  const [code, setCode] = useState(memberships[0]?.association.code ?? '');
  const [creating, setCreating] = useState(false);
  const reports = useReports(code);
  const publish = usePublishReport(code);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="reports">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            style={{ minWidth: 220 }}
            value={code || undefined}
            onChange={setCode}
            aria-label={t('dashboard.association')}
            options={memberships.map((m) => ({ value: m.association.code, label: localName(m.association, lang) }))}
          />
          {code && !creating && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reports.create')}
            </Button>
          )}
        </Space>
      </Space>
      {code && creating && <CreateReportCard code={code} onDone={() => setCreating(false)} />}
      {reports.isError ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Table<Report>
          rowKey="id"
          loading={reports.isPending && !!code}
          dataSource={reports.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('reports.colTitle'), dataIndex: 'title' },
            {
              title: t('reports.colPeriod'),
              key: 'period',
              render: (_, r) => `${formatDate(r.from, lang)} – ${formatDate(r.to, lang)}`,
            },
            {
              title: t('reports.colStatus'),
              dataIndex: 'status',
              render: (s: Report['status']) =>
                s === 'published' ? <Tag color="green">{t('reports.published')}</Tag> : <Tag>{t('reports.draft')}</Tag>,
            },
            { title: t('reports.colCreated'), dataIndex: 'created_at', render: (v: string) => formatDateTime(v, lang) },
            {
              key: 'actions',
              render: (_, r) =>
                r.status === 'published' ? (
                  <Link to={`/reports/${r.id}`}>{t('reports.view')}</Link>
                ) : (
                  <Popconfirm
                    title={t('reports.publishConfirm')}
                    onConfirm={() =>
                      publish.mutate(r.id, {
                        onSuccess: () => void message.success(t('reports.publishedOk')),
                        onError: (err) => notify(err),
                      })
                    }
                  >
                    <Button size="small" type="primary" loading={publish.isPending && publish.variables === r.id}>
                      {t('reports.publish')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </Space>
  );
}
