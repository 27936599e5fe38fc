import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Attachment } from '../../api/types';
import { useDescribeError } from '../../hooks/useNotifyError';
import { checkEvidence, EVIDENCE_ACCEPT } from './evidence';

const FILE_CODES = ['type', 'too_large', 'required'];

/** Explains a failed upload: the server's verdict on the file if it gave one, else the error. */
export function useDescribeUploadError() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return useCallback(
    (err: unknown, name: string) => {
      const fe = isApiError(err) ? err.fieldErrors.find((f) => f.field === 'file') : undefined;
      if (fe && FILE_CODES.includes(fe.code)) return t(`evidence.server.${fe.code}`, { name });
      return describe(err);
    },
    [t, describe],
  );
}

export type UploadFn = (file: File, onProgress: (percent: number) => void) => Promise<Attachment>;

/** Returns a check for Upload's beforeUpload that explains a refused file. */
export function useEvidenceCheck() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (file: File): boolean => {
    const problem = checkEvidence(file);
    if (problem) void message.error(t(`evidence.problem.${problem}`, { name: file.name }));
    return !problem;
  };
}

/** Picks files and uploads each at once, with progress; `onUploaded` runs after each. */
export function EvidenceUpload({
  upload,
  onUploaded,
  disabled,
  label,
}: {
  upload: UploadFn;
  onUploaded?: (a: Attachment) => void;
  disabled?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeUploadError();
  const check = useEvidenceCheck();

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    upload(file as File, (percent) => onProgress?.({ percent }))
      .then((att) => {
        onSuccess?.(att);
        void message.success(t('evidence.uploaded', { name: att.filename }));
        onUploaded?.(att);
      })
      .catch((err: unknown) => {
        void message.error(describe(err, (file as File).name));
        onError?.(err instanceof Error ? err : new Error(String(err)));
      });
  };

  return (
    <Upload
      multiple
      accept={EVIDENCE_ACCEPT}
      customRequest={customRequest}
      beforeUpload={(file) => (check(file) ? true : Upload.LIST_IGNORE)}
      disabled={disabled}
      data-testid="evidence-upload"
    >
      <Button icon={<UploadOutlined />} disabled={disabled}>
        {label ?? t('evidence.add')}
      </Button>
    </Upload>
  );
}
