import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/queries';
import type { Me } from '../api/types';

/** The signed-in user's name with a menu: change password, log out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div className="user-menu-who">
          <Typography.Text strong>{me.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{me.email}</Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('nav.password') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/console/password');
    if (key === 'logout') {
      logout.mutate(undefined, {
        onSettled: async () => {
          await navigate('/login', { replace: true });
          logout.clear();
        },
      });
    }
  };

  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }} placement="bottomRight">
      <Button type="text" aria-label={t('nav.userMenu')} data-testid="user-menu" loading={logout.isPending}>
        <Avatar size="small" icon={<UserOutlined />} />
        <span className="user-menu-name">{me.name}</span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
