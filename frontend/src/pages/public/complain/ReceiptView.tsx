import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Receipt } from '../../../api/types';
import { formatDate, localName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { saveTrackCredentials } from '../../../lib/trackSession';
import { ProvisionalTag } from '../../../components/case/ProvisionalTag';
import { PendingUploads } from './PendingUploads';

/** Shown once after filing: the tracking number and the access code, to keep. */
export function ReceiptView({ receipt, files, onNew }: { receipt: Receipt; files: File[]; onNew: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();

  useEffect(() => {
    // This tab may follow the case without typing them again.
    saveTrackCredentials({ trackingNumber: receipt.tracking_number, accessCode: receipt.access_code });
  }, [receipt]);

  return (
    <div className="receipt" data-testid="receipt">
      <Result status="success" title={t('receipt.title')} subTitle={t('receipt.subtitle')} className="receipt-result" />
      <Card className="receipt-card">
        <div className="receipt-code">
          <Typography.Text type="secondary">{t('receipt.trackingNumber')}</Typography.Text>
          <Typography.Text
            className="receipt-value"
            copyable={{ text: receipt.tracking_number, tooltips: [t('receipt.copy'), t('receipt.copied')] }}
            data-testid="receipt-tracking-number"
          >
            {receipt.tracking_number}
          </Typography.Text>
        </div>
        <div className="receipt-code">
          <Typography.Text type="secondary">{t('receipt.accessCode')}</Typography.Text>
          <Typography.Text
            className="receipt-value receipt-access-code"
            copyable={{ text: receipt.access_code, tooltips: [t('receipt.copy'), t('receipt.copied')] }}
            data-testid="receipt-access-code"
          >
            {receipt.access_code}
          </Typography.Text>
        </div>
        <Alert type="warning" showIcon title={t('receipt.keepTitle')} description={t('receipt.keepBody')} role="alert" />
        <Descriptions
          size="small"
          column={1}
          className="receipt-facts"
          items={[
            { key: 'association', label: t('receipt.association'), children: localName(receipt.association, lang) },
            {
              key: 'due',
              label: t('receipt.acceptanceDue'),
              children: (
                <Space size={4} wrap>
                  {formatDate(receipt.acceptance_due, lang)}
                  <ProvisionalTag due={receipt.acceptance_due} provisional={receipt.acceptance_due_provisional} />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <PendingUploads caseId={receipt.id} accessCode={receipt.access_code} files={files} />
      <Space wrap className="receipt-actions">
        <Button type="primary" size="large" icon={<SearchOutlined />} onClick={() => navigate('/track')} data-testid="receipt-track">
          {t('receipt.track')}
        </Button>
        <Button size="large" onClick={onNew}>
          {t('receipt.another')}
        </Button>
      </Space>
    </div>
  );
}
