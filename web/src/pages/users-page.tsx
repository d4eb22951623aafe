import { useState } from 'react';
import { Button, Card, Layout, Result } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useCan } from '../api/use-auth';
import { useUsers } from '../api/use-users';
import { QueryState } from '../components/query-state/query-state';
import { CreateUserModal } from '../features/users/components/create-user-modal';
import { UsersTable } from '../features/users/components/users-table';
import { useI18n } from '../i18n/i18n';

/** 用户与角色: /users, admins only (the server refuses everybody else too). */
export function UsersPage() {
  const { t } = useI18n();
  const isAdmin = useCan('admin');
  const users = useUsers(isAdmin);
  const [creating, setCreating] = useState(false);
  return (
    <Layout.Content style={{ padding: 24, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
      {isAdmin ? (
        <Card
          title={t('user.users')}
          extra={
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setCreating(true)}
              data-testid="create-user"
            >
              {t('users.create')}
            </Button>
          }
        >
          <QueryState query={users}>{(list) => <UsersTable users={list} />}</QueryState>
          <CreateUserModal open={creating} onClose={() => setCreating(false)} />
        </Card>
      ) : (
        <Result status="403" title={t('users.adminsOnly')} />
      )}
    </Layout.Content>
  );
}
