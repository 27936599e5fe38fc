import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddMember } from '../../api/queries';
import { ROLES } from '../../api/types';
import type { AddMemberRequest, AddMemberResponse } from '../../api/types';
import { useNotifyError } from '../../hooks/useNotifyError';

const FIELDS = ['email', 'name', 'role', 'password'] as const;
/** The server's minimum (domain.MinPasswordLength). */
const MIN_PASSWORD_LENGTH = 10;

function AddMemberForm({
  code,
  onCancel,
  onAdded,
}: {
  code: string;
  onCancel: () => void;
  onAdded: (res: AddMemberResponse, req: AddMemberRequest) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AddMemberRequest>();
  const add = useAddMember(code);
  const notify = useNotifyError();

  const onFinish = (values: AddMemberRequest) => {
    const body: AddMemberRequest = {
      email: values.email.trim(),
      name: values.name.trim(),
      role: values.role,
      ...(values.password ? { password: values.password } : {}),
    };
    add.mutate(body, {
      onSuccess: (res) => onAdded(res, body),
      onError: (err) => notify(err, { instance: form, fields: FIELDS }),
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      name="add-member"
      initialValues={{ role: 'mediator' }}
      onFinish={onFinish}
      requiredMark={false}
    >
      <Form.Item
        name="email"
        label={t('members.email')}
        rules={[
          { required: true, message: t('login.emailRequired') },
          { type: 'email', message: t('login.emailInvalid') },
        ]}
      >
        <Input autoComplete="off" inputMode="email" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('members.name')}
        rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('members.role')} rules={[{ required: true, message: t('members.roleRequired') }]}>
        <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('members.password')}
        extra={t('members.passwordHelp')}
        rules={[{ min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0, textAlign: 'right' }}>
        <Space>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('members.add')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

/** Modal to add a member; a fresh form each time it opens. */
export function AddMemberModal({
  code,
  open,
  onClose,
  onAdded,
}: {
  code: string;
  open: boolean;
  onClose: () => void;
  onAdded: (res: AddMemberResponse, req: AddMemberRequest) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('members.add')} footer={null} onCancel={onClose} destroyOnHidden>
      <AddMemberForm code={code} onCancel={onClose} onAdded={onAdded} />
    </Modal>
  );
}
