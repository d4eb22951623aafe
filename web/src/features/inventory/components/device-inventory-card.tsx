import { App as AntApp, Button, Card, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useCan } from '../../../api/use-auth';
import { ErrorResult } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';
import { useClearInventory, useInventory } from '../hooks/use-inventory';

const KINDS = ['page', 'method', 'component', 'data', 'request', 'payment', 'expose'] as const;

/**
 * 实时调试's "what the editor learnt from devices" (issue 13): how many pages, methods, data paths… debug sessions
 * reported, refreshed while a phone runs, and the way to forget them all.
 */
export function DeviceInventoryCard({ appid }: { appid: string }) {
  const { t, pick } = useI18n();
  const { message } = AntApp.useApp();
  const canEdit = useCan('editor');
  const inventory = useInventory(appid, 5_000);
  const clear = useClearInventory(appid);
  const items = inventory.data?.items ?? [];
  const last = items.reduce((max, i) => (i.lastSeen > max ? i.lastSeen : max), '');
  const onClear = async () => {
    try {
      await clear.mutateAsync();
      void message.success(t('inventory.cleared'));
    } catch (err) {
      void message.error(pick((err as Error).message));
    }
  };
  return (
    <Card
      title={t('inventory.title')}
      loading={inventory.isPending}
      data-testid="device-inventory"
      extra={
        <Popconfirm
          title={t('inventory.clearConfirm')}
          okText={t('inventory.clear')}
          cancelText={t('common.cancel')}
          onConfirm={onClear}
          disabled={!canEdit || !items.length}
        >
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={!canEdit || !items.length}
            loading={clear.isPending}
            data-testid="inventory-clear"
          >
            {t('inventory.clear')}
          </Button>
        </Popconfirm>
      }
    >
      {inventory.isError ? (
        <ErrorResult error={inventory.error} onRetry={() => void inventory.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inventory.empty')} />
      ) : (
        <Space direction="vertical" size={8}>
          <Space wrap data-testid="inventory-counts">
            {KINDS.map((kind) => {
              const n = items.filter((i) => i.kind === kind).length;
              return (
                <Tag key={kind} color={n ? 'blue' : undefined} data-testid={`inventory-count-${kind}`}>
                  {t(`inventory.kind.${kind}` as MessageKey)} {n}
                </Tag>
              );
            })}
          </Space>
          <Typography.Text type="secondary">
            {t('inventory.lastSeen', { time: new Date(last).toLocaleString() })} · {t('inventory.usedBy')}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
