import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { caseAttachmentUrl } from '../../../api/endpoints';
import { useCase, useCaseEvents, useMembers } from '../../../api/queries';
import { EventTimeline } from '../../../components/case/EventTimeline';
import { useAssociationNamer } from '../../../components/case/useNames';
import { useStaff } from '../ConsoleLayout';
import { QueryError } from '../QueryError';
import { AgreementPanel } from './AgreementPanel';
import { CaseFacts } from './CaseFacts';
import { CaseHeader } from './CaseHeader';
import { CaseStudyButton } from './CaseStudyButton';
import { EvidenceCard } from './EvidenceCard';
import { NoteComposer } from './NoteComposer';
import { availableActions, mayWork, rightsIn } from './permissions';
import { SessionButton } from './SessionButton';
import { useUserNamer } from './useUserNamer';

/** /console/cases/:id: one case, its history, and the work on it. */
export function CasePage() {
  const { id = '' } = useParams();
  const caseId = Number(id);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useStaff();
  const kase = useCase(caseId);
  const events = useCaseEvents(caseId);
  const code = kase.data?.case.association.code ?? '';
  const rights = rightsIn(me, code);
  const members = useMembers(code, !!code && rights.reassign);
  const userName = useUserNamer(me, members.data, events.data);
  const associationName = useAssociationNamer();

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      {t('case.back')}
    </Button>
  );

  if (kase.isError) {
    return (
      <QueryError
        error={kase.error}
        onRetry={() => void kase.refetch()}
        notFound={t('case.notFound')}
        backTo="/console/cases"
        backLabel={t('case.backToInbox')}
      />
    );
  }
  if (kase.isPending) return <Skeleton active />;

  const c = kase.data.case;
  const canWork = mayWork(c, rights, me.id);
  const actions = availableActions(c, rights, me.id);

  return (
    <div className="case-page" data-testid="case-page">
      <div className="page-toolbar">
        <Space wrap>
          {back}
          <Typography.Title level={3} className="case-page-title">
            {c.title}
          </Typography.Title>
        </Space>
        <CaseStudyButton c={c} canWork={canWork} />
      </div>
      <Flex vertical gap={16}>
        <CaseHeader c={c} me={me} rights={rights} members={members.data} actions={actions} userName={userName} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Flex vertical gap={16}>
              <CaseFacts c={c} />
              <Card
                size="small"
                title={t('case.timeline')}
                extra={canWork && c.status === 'in_mediation' ? <SessionButton caseId={c.id} /> : null}
              >
                {canWork && <NoteComposer caseId={c.id} />}
                {events.isError ? (
                  <QueryError error={events.error} onRetry={() => void events.refetch()} />
                ) : events.isPending ? (
                  <Skeleton active />
                ) : (
                  <EventTimeline
                    events={events.data}
                    newestFirst
                    associationName={associationName}
                    userName={userName}
                    attachment={(aid, filename) => (
                      <a href={caseAttachmentUrl(c.id, aid)} download={filename}>
                        {filename}
                      </a>
                    )}
                  />
                )}
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <AgreementPanel c={c} canWork={canWork} />
              <EvidenceCard caseId={c.id} canWork={canWork} />
            </Flex>
          </Col>
        </Row>
      </Flex>
    </div>
  );
}
