import { Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Taxonomy } from '../../../api/types';
import { pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { chinaToday } from '../../../lib/deadline';
import { charCount, isAmount, NARRATIVE_MAX, NARRATIVE_MIN, TITLE_MAX } from '../../../lib/validators';
import { CategoryCascader } from '../../../components/case/CategoryCascader';

/** The live character count of the narrative, with how many are still needed. */
function NarrativeCount() {
  const { t } = useTranslation();
  const narrative = Form.useWatch('narrative') as string | undefined;
  const n = charCount(narrative);
  const short = n < NARRATIVE_MIN;
  return (
    <Typography.Text type={short || n > NARRATIVE_MAX ? 'warning' : 'secondary'} data-testid="narrative-count">
      {t('complain.narrativeCount', { count: n, max: NARRATIVE_MAX })}
      {short && ` · ${t('complain.narrativeNeed', { count: NARRATIVE_MIN - n })}`}
    </Typography.Text>
  );
}

/** Step 3: what happened. */
export function StepFacts({ taxonomy }: { taxonomy: Taxonomy | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = chinaToday();
  return (
    <>
      <Form.Item
        name="category"
        label={t('complain.category')}
        rules={[{ required: true, type: 'array', min: 1, message: t('complain.categoryRequired') }]}
      >
        <CategoryCascader taxonomy={taxonomy} />
      </Form.Item>
      <Form.Item name="tags" label={t('complain.tags')} extra={t('complain.tagsHelp')}>
        <Tag.CheckableTagGroup
          multiple
          className="tag-picker"
          options={(taxonomy?.tags ?? []).map((tag) => ({ value: tag.code, label: pickName(tag.names, lang, tag.code) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('complain.title')}
        extra={t('complain.titleHelp')}
        rules={[
          { required: true, whitespace: true, message: t('complain.titleRequired') },
          { max: TITLE_MAX, message: t('complain.tooLong', { max: TITLE_MAX }) },
        ]}
      >
        <Input maxLength={TITLE_MAX} showCount />
      </Form.Item>
      <Form.Item
        name="narrative"
        label={t('complain.narrative')}
        extra={<NarrativeCount />}
        rules={[
          { required: true, whitespace: true, message: t('complain.narrativeRequired') },
          {
            validator: (_, v: string | undefined) => {
              const n = charCount(v);
              return !v || (n >= NARRATIVE_MIN && n <= NARRATIVE_MAX)
                ? Promise.resolve()
                : Promise.reject(new Error(t('complain.narrativeLength', { min: NARRATIVE_MIN, max: NARRATIVE_MAX })));
            },
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} placeholder={t('complain.narrativePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('complain.amount')}
        extra={t('complain.amountHelp')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || isAmount(v) ? Promise.resolve() : Promise.reject(new Error(t('complain.amountInvalid'))),
          },
        ]}
      >
        <Input prefix="¥" inputMode="decimal" placeholder="1299.00" />
      </Form.Item>
      <Form.Item
        name="occurred_on"
        label={t('complain.occurredOn')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v || v <= today ? Promise.resolve() : Promise.reject(new Error(t('complain.occurredFuture'))),
          },
        ]}
      >
        {/* The native picker: familiar on phones, and no date library in the public bundle. */}
        <Input type="date" max={today} className="date-input" aria-label={t('complain.occurredOn')} />
      </Form.Item>
    </>
  );
}
