import { UploadOutlined } from '@ant-design/icons';
import { Button, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_ACCEPT } from '../../../components/evidence/evidence';
import { useEvidenceCheck } from '../../../components/evidence/EvidenceUpload';

/**
 * Step 5: evidence. The files are only collected here; they are uploaded once the
 * complaint is filed, with the access code it gets.
 */
export function StepEvidence({ files, onChange }: { files: UploadFile[]; onChange: (files: UploadFile[]) => void }) {
  const { t } = useTranslation();
  const check = useEvidenceCheck();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('complain.evidenceHelp')}</Typography.Paragraph>
      <Upload
        multiple
        listType="picture"
        accept={EVIDENCE_ACCEPT}
        fileList={files}
        beforeUpload={(file) => (check(file) ? false : Upload.LIST_IGNORE)}
        onChange={({ fileList }) => onChange(fileList)}
        data-testid="complaint-evidence"
      >
        <Button icon={<UploadOutlined />}>{t('evidence.choose')}</Button>
      </Upload>
    </>
  );
}
