import { App, Button, type ButtonProps, Input, Modal, Radio, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessesApi } from '../../api/endpoints';
import type { BusinessStat } from '../../api/types';
import { useDescribeError } from '../../hooks/useNotifyError';

/**
 * Merges a business record into another one found by name (platform admins): for the same
 * business filed under two records, such as 有限公司 and 有限责任公司 spellings.
 */
export function MergeBusinessButton({ business }: { business: Pick<BusinessStat, 'business_id' | 'name'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [into, setInto] = useState<number>();
  const found = useQuery({
    queryKey: ['businesses', 'search', q.trim()] as const,
    queryFn: ({ signal }) => businessesApi.search(q.trim(), signal),
    select: (data) => (data.items ?? []).filter((b) => b.id !== business.business_id),
    enabled: open && q.trim().length >= 2,
  });
  const merge = useMutation({
    mutationFn: (target: number) => businessesApi.merge(business.business_id, target),
    onSuccess: (r) => {
      void message.success(t('businessMerge.done', { count: r.cases_moved }));
      void qc.invalidateQueries({ queryKey: ['stats'] });
      setOpen(false);
    },
    onError: (err) => void message.error(describe(err)),
  });
  return (
    <>
      <Button size="small" type="link" data-testid="merge-business" onClick={() => setOpen(true)}>
        {t('businessMerge.action')}
      </Button>
      <Modal
        open={open}
        title={t('businessMerge.title', { name: business.name })}
        okText={t('businessMerge.confirm')}
        okButtonProps={{ disabled: into === undefined, 'data-testid': 'merge-confirm' } as ButtonProps}
        confirmLoading={merge.isPending}
        onOk={() => into !== undefined && merge.mutate(into)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('businessMerge.explain')}</Typography.Paragraph>
          <Input
            allowClear
            placeholder={t('businessMerge.search')}
            data-testid="merge-search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setInto(undefined);
            }}
          />
          <Radio.Group value={into} onChange={(e) => setInto(e.target.value as number)}>
            <Space orientation="vertical">
              {(found.data ?? []).map((b) => (
                <Radio key={b.id} value={b.id} data-testid={`merge-into-${b.id}`}>
                  {t('businessMerge.option', { name: b.name, id: b.id, count: b.complaints_last_year })}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Space>
      </Modal>
    </>
  );
}
