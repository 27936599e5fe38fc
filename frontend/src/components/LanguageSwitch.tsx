import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang, setLanguage } from '../i18n';
import { useLang } from '../i18n/useLang';

/** Header control to switch between 简体中文, 繁體中文 and English. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const items: MenuProps['items'] = LANGS.map((code) => ({
    key: code,
    label: <span lang={code}>{t(`lang.${code}`)}</span>,
  }));
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (isLang(key)) void setLanguage(key);
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, onClick, selectable: true, selectedKeys: [lang] }}
      placement="bottomRight"
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('lang.label')} data-testid="lang-switch">
        <span className="header-nav-label">{t(`lang.${lang}`)}</span>
      </Button>
    </Dropdown>
  );
}
