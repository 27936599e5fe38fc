import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { trackApi } from '../../../api/endpoints';
import { useDescribeError } from '../../../hooks/useNotifyError';

/** Downloads a parties-visible attachment; the access code travels in a header, so via a blob. */
export function TrackedAttachment({
  tn,
  code,
  attachmentId,
  filename,
}: {
  tn: string;
  code: string;
  attachmentId: number;
  filename: string;
}) {
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const blob = await trackApi.attachment(tn, code, attachmentId);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      void message.error(describe(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      loading={busy}
      onClick={() => void download()}
      className="inline-link"
    >
      {filename}
    </Button>
  );
}
