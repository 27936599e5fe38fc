import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../api/types';
import { ComplaintWizard } from './ComplaintWizard';
import { ReceiptView } from './ReceiptView';

/** /complain: the complaint form, then its receipt. */
export function ComplainPage() {
  const { t } = useTranslation();
  const [filed, setFiled] = useState<{ receipt: Receipt; files: File[] } | null>(null);
  // A new form (and a new idempotency key) for each complaint.
  const [round, setRound] = useState(0);
  useEffect(() => {
    window.scrollTo?.({ top: 0 });
  }, [filed]);

  if (filed) {
    return (
      <ReceiptView
        receipt={filed.receipt}
        files={filed.files}
        onNew={() => {
          setFiled(null);
          setRound((r) => r + 1);
        }}
      />
    );
  }
  return (
    <div className="narrow-page">
      <Typography.Title level={2} className="page-title">
        {t('complain.pageTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('complain.intro')}</Typography.Paragraph>
      <ComplaintWizard key={round} onFiled={(receipt, files) => setFiled({ receipt, files })} />
    </div>
  );
}
