import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Empty, InputNumber, Row, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarYear, useSaveCalendarYear } from '../../../api/settingsQueries';
import { useNotifyError } from '../../../hooks/useNotifyError';
import { chinaToday } from '../../../lib/deadline';
import { formatDate } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { QueryError } from '../QueryError';
import { addDay, removeDay } from './days';

function DayList({
  title,
  help,
  days,
  year,
  color,
  editable,
  testId,
  onChange,
}: {
  title: string;
  help: string;
  days: string[];
  year: number;
  color: string;
  editable: boolean;
  testId: string;
  onChange: (days: string[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      {editable && (
        <DatePicker
          value={null}
          placeholder={t('settings.addDay')}
          aria-label={t('settings.addDay')}
          disabledDate={(d: Dayjs) => d.year() !== year}
          defaultPickerValue={dayjs(`${year}-01-01`)}
          onChange={(d: Dayjs | null) => d && onChange(addDay(days, d.format('YYYY-MM-DD')))}
          style={{ marginBottom: 12 }}
        />
      )}
      {days.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.noDays')} />
      ) : (
        <Space size={[4, 8]} wrap>
          {days.map((d) => (
            <Tag key={d} color={color} closable={editable} onClose={() => onChange(removeDay(days, d))}>
              {formatDate(d, lang)}
            </Tag>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** A year's holidays and make-up workdays: every deadline counts working days by them. */
export function CalendarCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [year, setYear] = useState(() => Number(chinaToday().slice(0, 4)));
  const calendar = useCalendarYear(year);
  const save = useSaveCalendarYear(year);
  const [holidays, setHolidays] = useState<string[]>([]);
  const [workdays, setWorkdays] = useState<string[]>([]);

  useEffect(() => {
    if (calendar.data) {
      setHolidays(calendar.data.holidays ?? []);
      setWorkdays(calendar.data.workdays ?? []);
    }
  }, [calendar.data]);

  return (
    <Card
      size="small"
      title={t('settings.calendar')}
      data-testid="calendar"
      extra={
        <InputNumber
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(v) => v && setYear(v)}
          aria-label={t('settings.year')}
          prefix={t('settings.year')}
        />
      }
    >
      {calendar.isError ? (
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {calendar.data?.warning && (
            <Alert type="warning" showIcon data-testid="calendar-warning" title={calendar.data.warning.message} />
          )}
          {calendar.data && calendar.data.loaded === false && (
            <Typography.Text type="warning" data-testid="calendar-not-loaded">
              {t('settings.calendarNotLoaded', { year })}
            </Typography.Text>
          )}
          {!editable && <Typography.Text type="secondary">{t('settings.calendarReadOnly')}</Typography.Text>}
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <DayList
                title={t('settings.holidays')}
                help={t('settings.holidaysHelp')}
                days={holidays}
                year={year}
                color="red"
                editable={editable}
                testId="calendar-holidays"
                onChange={setHolidays}
              />
            </Col>
            <Col xs={24} md={12}>
              <DayList
                title={t('settings.workdays')}
                help={t('settings.workdaysHelp')}
                days={workdays}
                year={year}
                color="green"
                editable={editable}
                testId="calendar-workdays"
                onChange={setWorkdays}
              />
            </Col>
          </Row>
          {editable && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              disabled={calendar.isPending}
              data-testid="calendar-save"
              onClick={() =>
                save.mutate(
                  { holidays, workdays },
                  { onSuccess: () => void message.success(t('settings.calendarSaved')), onError: (err) => notify(err) },
                )
              }
            >
              {t('settings.saveCalendar', { year })}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
