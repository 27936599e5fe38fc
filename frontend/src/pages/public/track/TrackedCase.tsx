import { SwapOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { complaintsApi } from '../../../api/endpoints';
import { queryKeys } from '../../../api/queries';
import type { CaseWithEvents } from '../../../api/types';
import { CaseDeadlines } from '../../../components/case/CaseDeadlines';
import { CaseProgress } from '../../../components/case/CaseProgress';
import { EventTimeline } from '../../../components/case/EventTimeline';
import { StatusTag, WaitingTag } from '../../../components/case/StatusTag';
import { useAssociationNamer } from '../../../components/case/useNames';
import { EvidenceUpload } from '../../../components/evidence/EvidenceUpload';
import { localName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { AgreementResponse } from './AgreementResponse';
import { CaseFactsSummary } from './CaseFactsSummary';
import { ConsentCard } from './ConsentCard';
import { OutcomeCard } from './OutcomeCard';
import { RatingCard } from './RatingCard';
import { ReplyBox } from './ReplyBox';
import { TrackedAttachment } from './TrackedAttachment';
import { TrackedAttachments } from './TrackedAttachments';
import { WithdrawButton } from './WithdrawButton';

/** The consumer's view of their case: where it stands, its deadlines and history, what they can do. */
export function TrackedCase({
  data,
  tn,
  code,
  onLeave,
  leaveLabel,
}: {
  data: CaseWithEvents;
  tn: string;
  /** the access code; empty when the consumer's session opens the case */
  code: string;
  onLeave: () => void;
  leaveLabel?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const associationName = useAssociationNamer();
  const qc = useQueryClient();
  const c = data.case;
  const open = c.status !== 'closed';
  return (
    <div className="track-case" data-testid="tracked-case">
      <div className="page-toolbar">
        <Typography.Title level={3} className="page-title">
          {c.title}
        </Typography.Title>
        <Button icon={<SwapOutlined />} onClick={onLeave}>
          {leaveLabel ?? t('track.another')}
        </Button>
      </div>
      <Card className="track-summary">
        <Space size={[8, 4]} wrap className="track-ids">
          <Typography.Text copyable className="tracking-number" data-testid="tracked-number">
            {c.tracking_number}
          </Typography.Text>
          <StatusTag status={c.status} />
          <WaitingTag waitingOn={c.waiting_on} />
        </Space>
        <Typography.Paragraph type="secondary" className="track-association">
          {t('track.handledBy', { name: localName(c.association, lang) })}
        </Typography.Paragraph>
        <CaseProgress c={c} />
        <CaseDeadlines c={c} />
      </Card>
      <Row gutter={[16, 16]} className="track-grid">
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <OutcomeCard c={c} />
            <AgreementResponse c={c} tn={tn} code={code} />
            <RatingCard c={c} tn={tn} code={code} />
            <Card title={t('track.timeline')} size="small">
              <EventTimeline
                events={data.events}
                associationName={associationName}
                attachment={(id, filename) => <TrackedAttachment tn={tn} code={code} attachmentId={id} filename={filename} />}
              />
            </Card>
            {open && <ReplyBox c={c} tn={tn} code={code} />}
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            {/* The access code proves the upload, or without it the account the case was filed from. */}
            {open && (
              <Card title={t('track.evidenceTitle')} size="small">
                <Typography.Paragraph type="secondary">{t('track.evidenceHelp')}</Typography.Paragraph>
                <EvidenceUpload
                  upload={(file, onProgress) => complaintsApi.addEvidence(c.id, code, file, { onProgress })}
                  onUploaded={() => void qc.invalidateQueries({ queryKey: queryKeys.track(tn, code) })}
                />
              </Card>
            )}
            <TrackedAttachments tn={tn} code={code} />
            <ConsentCard c={c} tn={tn} code={code} />
            <Card title={t('track.factsTitle')} size="small">
              <CaseFactsSummary c={c} />
            </Card>
            {open && (
              <Card title={t('track.withdrawTitle')} size="small">
                <Typography.Paragraph type="secondary">{t('track.withdrawHelp')}</Typography.Paragraph>
                <WithdrawButton tn={tn} code={code} />
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
