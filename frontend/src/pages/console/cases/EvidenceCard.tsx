import { FileOutlined, LockOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Image, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseAttachmentUrl, casesApi } from '../../../api/endpoints';
import { useCaseAttachments, useRefreshCase } from '../../../api/queries';
import type { Attachment, NoteVisibility } from '../../../api/types';
import { isImage } from '../../../components/evidence/evidence';
import { EvidenceUpload } from '../../../components/evidence/EvidenceUpload';
import { formatDateTime, formatSize } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';

function AttachmentRow({ caseId, a }: { caseId: number; a: Attachment }) {
  const { t } = useTranslation();
  const lang = useLang();
  const url = caseAttachmentUrl(caseId, a.id);
  return (
    <div className="attachment-row" data-testid="attachment">
      <div className="attachment-thumb">
        {isImage(a.content_type) ? (
          <Image src={url} width={56} height={56} alt={a.filename} className="thumb-img" />
        ) : (
          <FileOutlined className="attachment-icon" />
        )}
      </div>
      <div className="attachment-info">
        <a href={url} download={a.filename} className="attachment-name">
          {a.filename}
        </a>
        <Space size={4} wrap>
          <Typography.Text type="secondary">
            {formatSize(a.size)} · {t(`actor.${a.uploaded_by}`, { defaultValue: a.uploaded_by })} · {formatDateTime(a.created_at, lang)}
          </Typography.Text>
          {a.visibility === 'internal' && (
            <Tag icon={<LockOutlined />} color="default">
              {t('events.internal')}
            </Tag>
          )}
        </Space>
      </div>
    </div>
  );
}

/** The evidence of a case, with thumbnails; staff who work the case add files. */
export function EvidenceCard({ caseId, canWork }: { caseId: number; canWork: boolean }) {
  const { t } = useTranslation();
  const attachments = useCaseAttachments(caseId);
  const refresh = useRefreshCase(caseId);
  const [visibility, setVisibility] = useState<NoteVisibility>('parties');
  const list = attachments.data ?? [];
  return (
    <Card size="small" title={t('evidence.title', { count: list.length })} loading={attachments.isPending} data-testid="evidence-card">
      {list.length === 0 ? (
        <Empty description={t('evidence.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Image.PreviewGroup>
          <Flex vertical gap={8}>
            {list.map((a) => (
              <AttachmentRow key={a.id} caseId={caseId} a={a} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {canWork && (
        <div className="evidence-upload">
          <Radio.Group
            size="small"
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as NoteVisibility)}
            options={[
              { value: 'parties', label: t('evidence.toParties') },
              { value: 'internal', label: t('evidence.internalOnly') },
            ]}
          />
          <EvidenceUpload
            upload={(file, onProgress) => casesApi.addAttachment(caseId, file, visibility, { onProgress })}
            onUploaded={() => void refresh()}
          />
        </div>
      )}
    </Card>
  );
}
