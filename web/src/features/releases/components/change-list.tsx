import { Empty, List, Tag, Typography } from 'antd';
import type { ConfigDiff } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { useChangeLines, type ChangeKind } from '../hooks/use-change-lines';

const COLORS: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'blue' };

/** The server's diff as a list: 新增 / 删除 / 修改, the part of the config, the item and the fields that changed. */
export function ChangeList({ diff }: { diff: ConfigDiff }) {
  const { t } = useI18n();
  const lines = useChangeLines(diff);
  if (!lines.length) return <Empty description={t('changes.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      size="small"
      data-testid="change-list"
      dataSource={lines}
      renderItem={(l) => (
        <List.Item key={l.key}>
          <div>
            <Tag color={COLORS[l.kind]}>{t(`changes.${l.kind}`)}</Tag>
            <Typography.Text strong>{l.section}</Typography.Text> {l.subject}
            {l.details.map((d) => (
              <div key={d} style={{ marginLeft: 8, fontFamily: 'monospace', fontSize: 12, color: '#555' }}>
                {d}
              </div>
            ))}
          </div>
        </List.Item>
      )}
    />
  );
}
