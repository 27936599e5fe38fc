import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { activeView, type InboxFilters, type SavedViewKey, SAVED_VIEWS } from './inboxParams';

/** Quick buttons for the usual views of the inbox. */
export function SavedViews({ filters, onPick }: { filters: InboxFilters; onPick: (key: SavedViewKey) => void }) {
  const { t } = useTranslation();
  const active = activeView(filters);
  return (
    <Space wrap size={8} className="saved-views" data-testid="saved-views">
      {(Object.keys(SAVED_VIEWS) as SavedViewKey[]).map((key) => (
        <Button
          key={key}
          size="small"
          type={active === key ? 'primary' : 'default'}
          onClick={() => onPick(key)}
          data-view={key}
        >
          {t(`inbox.view.${key}`)}
        </Button>
      ))}
    </Space>
  );
}
