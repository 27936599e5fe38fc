import { Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTrackAttachments } from '../../../api/publicQueries';
import { formatDateTime, formatSize } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { TrackedAttachment } from './TrackedAttachment';

/** The evidence both parties can see, each downloadable. */
export function TrackedAttachments({ tn, code }: { tn: string; code: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const files = useTrackAttachments(tn, code);
  if (files.isError) return null;
  return (
    <Card title={t('track.attachments')} size="small" loading={files.isPending} data-testid="tracked-attachments">
      {files.data?.length ? (
        <List
          size="small"
          dataSource={files.data}
          renderItem={(a) => (
            <List.Item key={a.id}>
              <TrackedAttachment tn={tn} code={code} attachmentId={a.id} filename={a.filename} />
              <Typography.Text type="secondary">
                {formatSize(a.size)} · {t(`actor.${a.uploaded_by}`)} · {formatDateTime(a.created_at, lang)}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('track.noAttachments')} />
      )}
    </Card>
  );
}
