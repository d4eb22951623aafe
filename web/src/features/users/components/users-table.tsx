import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { User } from '../../../api/api-types';
import { useMe } from '../../../api/use-auth';
import { useUsersApi } from '../../../api/use-users';
import { useI18n } from '../../../i18n/i18n';
import { DATE_TIME } from '../../../i18n/date-format';
import { ROLES } from '../hooks/use-role-options';

/** Every account: change its role, disable it, reset its password. The server keeps at least one admin. */
export function UsersTable({ users }: { users: User[] }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const me = useMe().data;
  const { update } = useUsersApi();
  const [resetting, setResetting] = useState<User | null>(null);
  const [password, setPassword] = useState('');
  const change = async (user: User, input: Parameters<typeof update.mutateAsync>[0], done: string) => {
    try {
      await update.mutateAsync(input);
      void message.success(done);
      return true;
    } catch (err) {
      void message.error(pick((err as Error).message));
      return false;
    }
  };
  return (
    <>
      <Table<User>
        rowKey="id"
        dataSource={users}
        pagination={false}
        columns={[
          {
            title: t('login.username'),
            dataIndex: 'username',
            render: (u: string) => (
              <>
                {u} {u === me?.username && <Tag>{t('users.you')}</Tag>}
              </>
            ),
          },
          {
            title: t('users.role'),
            dataIndex: 'role',
            width: 200,
            render: (role: User['role'], u) => (
              <Select
                value={role}
                style={{ width: 160 }}
                aria-label={`${u.username} ${t('users.role')}`}
                options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                onChange={(r) =>
                  void change(
                    u,
                    { id: u.id, role: r },
                    t('users.roleChanged', { name: u.username, role: t(`role.${r}`) }),
                  )
                }
              />
            ),
          },
          {
            title: t('users.enabled'),
            dataIndex: 'disabled',
            width: 100,
            render: (disabled: boolean, u) => (
              <Switch
                checked={!disabled}
                disabled={u.username === me?.username}
                onChange={(on) =>
                  void change(
                    u,
                    { id: u.id, disabled: !on },
                    t(on ? 'users.enabledDone' : 'users.disabledDone', { name: u.username }),
                  )
                }
              />
            ),
          },
          {
            title: t('apps.createdAt'),
            dataIndex: 'createdAt',
            width: 180,
            render: (d: string) => dayjs(d).format(DATE_TIME),
          },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_: unknown, u) => (
              <Button type="link" onClick={() => setResetting(u)}>
                {t('users.resetPassword')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!resetting}
        title={resetting && t('users.resetTitle', { name: resetting.username })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: password.length < 8 }}
        onCancel={() => setResetting(null)}
        onOk={async () => {
          if (
            resetting &&
            (await change(
              resetting,
              { id: resetting.id, password },
              t('users.passwordReset', { name: resetting.username }),
            ))
          ) {
            setResetting(null);
            setPassword('');
          }
        }}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('users.newPassword')} extra={t('users.passwordShort')}>
            <Input.Password
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
