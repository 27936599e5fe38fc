import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Skeleton, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useBusinessAcceptAgreement, useBusinessCase } from '../../../api/queries';
import type { Case } from '../../../api/types';
import { AgreementSummary } from '../../../components/case/AgreementSummary';
import { CaseDeadlines } from '../../../components/case/CaseDeadlines';
import { CaseProgress } from '../../../components/case/CaseProgress';
import { EventTimeline } from '../../../components/case/EventTimeline';
import { OutcomeTag, StatusTag } from '../../../components/case/StatusTag';
import { useAssociationNamer, useTaxonomyNames } from '../../../components/case/useNames';
import { useNotifyError } from '../../../hooks/useNotifyError';
import { formatAmount, formatDate, localName } from '../../../i18n/localize';
import { QueryError } from '../QueryError';
import { AnswerForm } from './AnswerForm';

function Facts({ c }: { c: Case }) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const lang = names.lang;
  const items: DescriptionsProps['items'] = [
    { key: 'consumer', label: t('case.consumerName'), children: c.consumer.name },
    { key: 'mobile', label: t('case.mobile'), children: c.consumer.mobile },
    { key: 'category', label: t('case.category'), children: names.categoryPath(c.category) },
    { key: 'amount', label: t('case.amount'), children: formatAmount(c.amount, lang) || '—' },
    { key: 'occurred', label: t('case.occurredOn'), children: formatDate(c.occurred_on, lang) || '—' },
    {
      key: 'wish',
      label: t('case.desiredResolution'),
      children: c.desired_resolution ? t(`resolution.${c.desired_resolution}`) : '—',
    },
  ];
  return (
    <Card size="small" title={t('case.facts')}>
      <Typography.Paragraph className="pre-wrap narrative">{c.narrative}</Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
    </Card>
  );
}

function AgreementCard({ c }: { c: Case }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const accept = useBusinessAcceptAgreement(c.id);
  if (!c.agreement) return null;
  const canAccept = c.status === 'in_mediation' && !c.agreement.business_accepted_at;
  return (
    <Card size="small" title={t('agreement.title')} data-testid="business-agreement">
      <AgreementSummary agreement={c.agreement} mediating={c.status === 'in_mediation'} />
      {canAccept && (
        <Popconfirm
          title={t('agreement.acceptConfirm')}
          okText={t('agreement.accept')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            accept.mutateAsync(undefined).then(
              () => void message.success(t('agreement.youAccepted')),
              (err: unknown) => notify(err),
            )
          }
        >
          <Button type="primary" loading={accept.isPending}>
            {t('agreement.accept')}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}

/** /console/business/:id: one complaint against the business, its history, the answer form. */
export function BusinessCasePage() {
  const { id = '' } = useParams();
  const caseId = Number(id);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const associationName = useAssociationNamer();
  const q = useBusinessCase(caseId);
  const names = useTaxonomyNames();

  if (q.isError) {
    return (
      <QueryError
        error={q.error}
        onRetry={() => void q.refetch()}
        notFound={t('case.notFound')}
        backTo="/console/business"
        backLabel={t('business.back')}
      />
    );
  }
  if (q.isPending) return <Skeleton active />;
  const c = q.data.case;
  const open = c.status !== 'closed';
  return (
    <div className="case-page" data-testid="business-case">
      <div className="page-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/business')}>
            {t('business.back')}
          </Button>
          <Typography.Title level={3} className="case-page-title">
            {c.title}
          </Typography.Title>
        </Space>
      </div>
      <Flex vertical gap={16}>
        <Card>
          <Space size={[8, 6]} wrap>
            <Typography.Title level={4} copyable className="case-tn">
              {c.tracking_number}
            </Typography.Title>
            <StatusTag status={c.status} />
            {c.outcome && <OutcomeTag outcome={c.outcome} />}
          </Space>
          <Typography.Paragraph type="secondary">
            {t('track.handledBy', { name: localName(c.association, names.lang) })}
          </Typography.Paragraph>
          <CaseProgress c={c} />
          <CaseDeadlines c={c} column={{ xs: 1, md: 2 }} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Flex vertical gap={16}>
              <Facts c={c} />
              <Card size="small" title={t('case.timeline')}>
                <EventTimeline events={q.data.events} associationName={associationName} />
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <AgreementCard c={c} />
              {open && <AnswerForm caseId={c.id} />}
            </Flex>
          </Col>
        </Row>
      </Flex>
    </div>
  );
}
