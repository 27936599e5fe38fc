import { InboxOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Membership } from '../../api/types';
import { localName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { toSearch, viewFilters } from './cases/inboxParams';
import { useStaff } from './ConsoleLayout';
import { RoleTag } from './RoleTag';

function MembershipCard({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { association, role } = membership;
  return (
    <Card
      title={localName(association, lang)}
      extra={<RoleTag role={role} />}
      data-testid="membership-card"
      actions={[
        <Link key="members" to={`/console/associations/${encodeURIComponent(association.code)}/members`}>
          <TeamOutlined /> {t('console.viewMembers')}
        </Link>,
      ]}
    >
      <Space size="small">
        <Typography.Text type="secondary">{t('console.codeLabel')}</Typography.Text>
        <Typography.Text code>{association.code}</Typography.Text>
      </Space>
    </Card>
  );
}

export function WelcomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useStaff();
  const memberships = me.memberships ?? [];
  return (
    <>
      <Typography.Title level={3}>{t('console.welcome', { name: me.name })}</Typography.Title>
      <Space wrap>
        <Typography.Text type="secondary">{me.email}</Typography.Text>
        {me.is_platform_admin && <Tag color="gold">{t('console.platformAdmin')}</Tag>}
      </Space>
      {memberships.length > 0 && (
        <div className="welcome-actions">
          <Button
            type="primary"
            icon={<InboxOutlined />}
            onClick={() => navigate(`/console/cases?${toSearch(viewFilters('mine'))}`)}
          >
            {t('inbox.view.mine')}
          </Button>
          <Button icon={<InboxOutlined />} onClick={() => navigate('/console/cases')}>
            {t('console.allCases')}
          </Button>
        </div>
      )}
      <Typography.Title level={4} style={{ marginTop: 32 }}>
        {t('console.membershipsTitle')}
      </Typography.Title>
      {memberships.length === 0 ? (
        <Empty description={t('console.noMemberships')} />
      ) : (
        <Row gutter={[16, 16]}>
          {memberships.map((m) => (
            <Col key={`${m.association.code}:${m.role}`} xs={24} sm={12} xl={8}>
              <MembershipCard membership={m} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
