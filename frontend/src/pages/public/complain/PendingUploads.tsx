import { CheckCircleOutlined, CloseCircleOutlined, PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintsApi } from '../../../api/endpoints';
import { useDescribeUploadError } from '../../../components/evidence/EvidenceUpload';
import { formatSize } from '../../../i18n/localize';

interface Item {
  file: File;
  percent: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: string;
}

/** Uploads the evidence chosen in the form, one file after another, now that the case exists. */
export function PendingUploads({ caseId, accessCode, files }: { caseId: number; accessCode: string; files: File[] }) {
  const { t } = useTranslation();
  const describe = useDescribeUploadError();
  const [items, setItems] = useState<Item[]>(() => files.map((file) => ({ file, percent: 0, state: 'waiting' })));
  const started = useRef(false);

  const update = (i: number, patch: Partial<Item>) =>
    setItems((list) => list.map((it, j) => (j === i ? { ...it, ...patch } : it)));

  const uploadOne = async (i: number, file: File) => {
    update(i, { state: 'uploading', percent: 0, error: undefined });
    try {
      await complaintsApi.addEvidence(caseId, accessCode, file, { onProgress: (percent) => update(i, { percent }) });
      update(i, { state: 'done', percent: 100 });
    } catch (err) {
      update(i, { state: 'failed', error: describe(err, file.name) });
    }
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      for (let i = 0; i < files.length; i++) await uploadOne(i, files[i]);
    })();
    // Runs once for the files chosen in the form.
  }, []);

  if (files.length === 0) return null;
  const done = items.filter((it) => it.state === 'done').length;
  return (
    <Card size="small" title={t('receipt.evidence', { done, total: items.length })} data-testid="pending-uploads">
      <Flex vertical gap={8}>
        {items.map((it, i) => (
          <div key={`${it.file.name}-${i}`} className="pending-upload" data-state={it.state}>
            <Space size={6} className="pending-upload-name">
              {it.state === 'done' ? (
                <CheckCircleOutlined className="ok-icon" />
              ) : it.state === 'failed' ? (
                <CloseCircleOutlined className="error-icon" />
              ) : (
                <PaperClipOutlined />
              )}
              <Typography.Text ellipsis>{it.file.name}</Typography.Text>
              <Typography.Text type="secondary">{formatSize(it.file.size)}</Typography.Text>
            </Space>
            {it.state === 'failed' ? (
              <Space size={6} wrap>
                <Typography.Text type="danger">{it.error}</Typography.Text>
                <Button size="small" icon={<ReloadOutlined />} onClick={() => void uploadOne(i, it.file)}>
                  {t('common.retry')}
                </Button>
              </Space>
            ) : (
              <Progress percent={it.percent} size="small" status={it.state === 'done' ? 'success' : 'active'} />
            )}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
