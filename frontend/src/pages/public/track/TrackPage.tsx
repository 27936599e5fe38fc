import { Col, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CSRF_COOKIE, isApiError, readCookie } from '../../../api/client';
import { useMe, useTrack } from '../../../api/queries';
import { useDescribeError } from '../../../hooks/useNotifyError';
import {
  clearTrackCredentials,
  loadTrackCredentials,
  saveTrackCredentials,
  type TrackCredentials,
} from '../../../lib/trackSession';
import { MyCasesCard } from './MyCasesCard';
import { TrackedCase } from './TrackedCase';
import { TrackLookup } from './TrackLookup';

/**
 * A consumer account's case list, when one is logged in (the CSRF cookie marks a session):
 * their own cases open without the access code.
 */
function ConsumerCases() {
  const me = useMe();
  const navigate = useNavigate();
  if (me.data?.kind !== 'consumer') return null;
  return <MyCasesCard onPick={(tn) => navigate(`/my/${encodeURIComponent(tn)}`)} />;
}

/** /track: the tracking number and access code open the consumer's view of the case. */
export function TrackPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [creds, setCreds] = useState<TrackCredentials | null>(loadTrackCredentials);
  const [prefill, setPrefill] = useState<TrackCredentials | null>(creds);
  const [formKey, setFormKey] = useState(0);
  const track = useTrack(creds?.trackingNumber ?? '', creds?.accessCode ?? '');
  const loggedIn = !!readCookie(CSRF_COOKIE);

  const open = (c: TrackCredentials) => {
    if (creds && c.trackingNumber === creds.trackingNumber && c.accessCode === creds.accessCode) {
      void track.refetch();
      return;
    }
    saveTrackCredentials(c);
    setPrefill(c);
    setCreds(c);
  };
  const leave = () => {
    clearTrackCredentials();
    setPrefill(creds ? { trackingNumber: '', accessCode: '' } : null);
    setCreds(null);
    setFormKey((k) => k + 1);
  };

  if (creds && track.isPending) return <Skeleton active />;
  if (creds && track.data) {
    return (
      <TrackedCase
        data={track.data}
        tn={creds.trackingNumber}
        code={creds.accessCode}
        onLeave={leave}
      />
    );
  }

  let error: string | null = null;
  if (creds && track.isError) {
    error = isApiError(track.error) && track.error.status === 404 ? t('track.notFound') : describe(track.error);
  }
  return (
    <div className="narrow-page">
      <Typography.Title level={2} className="page-title">
        {t('track.pageTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('track.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <TrackLookup
            key={formKey}
            initial={prefill}
            error={error}
            loading={!!creds && track.isFetching}
            onSubmit={open}
          />
        </Col>
        {loggedIn && (
          <Col span={24}>
            <ConsumerCases />
          </Col>
        )}
      </Row>
    </div>
  );
}
