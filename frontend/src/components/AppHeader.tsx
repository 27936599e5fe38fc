import { Layout, Space } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** Top bar shared by the public site and the staff console. */
export function AppHeader({ brandTo, extra }: { brandTo?: string; extra?: ReactNode }) {
  return (
    <Layout.Header className="app-header">
      <Brand to={brandTo} />
      <Space size="small" className="app-header-actions">
        <LanguageSwitch />
        {extra}
      </Space>
    </Layout.Header>
  );
}
