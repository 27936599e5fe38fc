import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useEditStudy, useStaffStudy, useStudyAction } from '../../../api/studyQueries';
import type { StaffCaseStudy, StudyAction, StudyEdit } from '../../../api/types';
import { RegionName } from '../../../components/RegionName';
import { useApplyFieldErrors } from '../../../hooks/useNotifyError';
import { formatDateTime, localName, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { rightsIn } from '../cases/permissions';
import { useStaff } from '../ConsoleLayout';
import { QueryError } from '../QueryError';
import { AnonymizedText } from './AnonymizedText';
import { replacedCounts } from './highlight';
import { PublishCheck } from './PublishCheck';
import { StudyActions } from './StudyActions';
import { StudyStatusTag } from './StudyStatusTag';
import { mayEditStudy, studyActions } from './studyRules';

const FIELDS = ['title', 'narrative', 'mediator_action', 'lesson', 'tip'] as const;
type Field = (typeof FIELDS)[number];
const MAX: Record<Field, number> = { title: 100, narrative: 5000, mediator_action: 2000, lesson: 2000, tip: 2000 };

const valuesOf = (s: StaffCaseStudy): Record<Field, string> => ({
  title: s.title,
  narrative: s.narrative,
  mediator_action: s.mediator_action,
  lesson: s.lesson,
  tip: s.tip,
});

/** The fields that differ from the saved study. */
function changes(s: StaffCaseStudy, v: Partial<Record<Field, string>>): StudyEdit {
  const saved = valuesOf(s);
  const out: StudyEdit = {};
  for (const f of FIELDS) if (v[f] !== undefined && v[f] !== saved[f]) out[f] = v[f];
  return out;
}

function StudyFacts({ s }: { s: StaffCaseStudy }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = s.facts;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'category', label: t('library.category'), children: pickName(f.category_names, lang, f.category) },
        { key: 'outcome', label: t('library.outcome'), children: f.outcome ? t(`outcome.${f.outcome}`, { defaultValue: f.outcome }) : '' },
        { key: 'region', label: t('library.region'), children: <RegionName code={f.region_code} name={f.region_name} /> },
        { key: 'period', label: t('library.period'), children: f.period },
        { key: 'amount', label: t('library.amountBand'), children: f.amount_band },
        { key: 'recovered', label: t('library.recoveredBand'), children: f.amount_recovered_band },
        { key: 'age', label: t('library.ageBand'), children: f.age_band ? t(`ageBand.${f.age_band}`, { defaultValue: f.age_band }) : undefined },
        { key: 'tags', label: t('library.tags'), children: f.tags?.length ? f.tags.join('、') : undefined },
        { key: 'k', label: t('studies.anonymity'), children: t('studies.kl', { k: s.k, l: s.l }) },
      ].filter((i) => i.children)}
    />
  );
}

/** /console/studies/:id: edit a case study and move it through review and publication. */
export function StudyPage() {
  const { id = '' } = useParams();
  const studyId = Number(id);
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useStaff();
  const study = useStaffStudy(studyId);
  const edit = useEditStudy(studyId);
  const act = useStudyAction(studyId);
  const applyFieldErrors = useApplyFieldErrors();
  const [form] = Form.useForm<Record<Field, string>>();
  const narrative = Form.useWatch('narrative', form);
  const [failure, setFailure] = useState<unknown>(null);
  const s = study.data?.study;

  // Show the saved text whenever a new version arrives.
  useEffect(() => {
    if (s) form.setFieldsValue(valuesOf(s));
  }, [s, form]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/studies')}>
      {t('studies.back')}
    </Button>
  );
  if (study.isError) {
    return (
      <QueryError
        error={study.error}
        onRetry={() => void study.refetch()}
        notFound={t('studies.notFound')}
        backTo="/console/studies"
        backLabel={t('studies.back')}
      />
    );
  }
  if (!s) return <Skeleton active />;

  const rights = rightsIn(me, s.association?.code ?? '');
  const editable = mayEditStudy(s.status, rights);
  const actions = studyActions(s.status, rights, s.needs_review);

  const save = async (): Promise<boolean> => {
    const values = await form.validateFields();
    const body = changes(s, values);
    if (!Object.keys(body).length) return true;
    try {
      await edit.mutateAsync(body);
      return true;
    } catch (err) {
      applyFieldErrors(form, err, FIELDS);
      setFailure(err);
      return false;
    }
  };
  const run = async (action: StudyAction, reason: string) => {
    setFailure(null);
    if (editable && !(await save())) throw new Error('not saved');
    try {
      await act.mutateAsync({ action, reason });
    } catch (err) {
      setFailure(err);
      throw err;
    }
  };
  const counts = replacedCounts(s.spans);

  return (
    <div className="study-page" data-testid="study-page">
      <div className="page-toolbar">
        <Space wrap>
          {back}
          <Typography.Title level={3} className="case-page-title">
            {s.title}
          </Typography.Title>
        </Space>
      </div>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            <Space wrap>
              <StudyStatusTag status={s.status} />
              {s.association && <Typography.Text type="secondary">{localName(s.association, lang)}</Typography.Text>}
              <Typography.Text type="secondary">{t('studies.updated', { at: formatDateTime(s.updated_at, lang) })}</Typography.Text>
              <Link to={`/console/cases/${s.case_id}`}>{t('studies.sourceCase')}</Link>
              {s.status === 'published' && <Link to={`/library/${s.slug}`}>{t('studies.viewPublished')}</Link>}
            </Space>
            <StudyFacts s={s} />
            <StudyActions actions={actions} pending={act.isPending ? (act.variables?.action ?? null) : null} run={run} />
          </Space>
        </Card>
        {s.needs_review && (
          <Alert type="warning" showIcon title={t('studies.needsReview', { k: s.k, l: s.l })} data-testid="study-review" />
        )}
        <PublishCheck error={failure} texts={valuesOf(s)} onClose={() => setFailure(null)} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <Card
              size="small"
              title={t('studies.text')}
              extra={
                editable && (
                  <Button
                    icon={<SaveOutlined />}
                    loading={edit.isPending}
                    data-testid="study-save"
                    onClick={() =>
                      save().then(
                        (ok) => ok && void message.success(t('studies.saved')),
                        () => undefined,
                      )
                    }
                  >
                    {t('studies.save')}
                  </Button>
                )
              }
            >
              {!editable && <Typography.Paragraph type="secondary">{t('studies.readOnly')}</Typography.Paragraph>}
              <Form form={form} layout="vertical" disabled={!editable} name="study">
                {FIELDS.map((f) => (
                  <Form.Item
                    key={f}
                    name={f}
                    label={t(`studies.field.${f}`)}
                    rules={[{ required: true, whitespace: true, message: t('studies.required') }]}
                  >
                    {f === 'title' ? (
                      <Input maxLength={MAX[f]} />
                    ) : (
                      <Input.TextArea autoSize={{ minRows: f === 'narrative' ? 5 : 2, maxRows: 16 }} maxLength={MAX[f]} showCount />
                    )}
                  </Form.Item>
                ))}
              </Form>
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card size="small" title={t('studies.preview')} data-testid="study-preview">
              <Typography.Paragraph type="secondary">{t('studies.previewHelp')}</Typography.Paragraph>
              <AnonymizedText text={narrative ?? s.narrative} spans={s.spans} />
              {counts.length > 0 && (
                <Space size={[4, 4]} wrap>
                  {counts.map(([type, n]) => (
                    <Tag key={type}>{t('studies.replacedCount', { kind: t(`piiType.${type}`, { defaultValue: type }), count: n })}</Tag>
                  ))}
                </Space>
              )}
            </Card>
          </Col>
        </Row>
      </Space>
    </div>
  );
}
