import { List, Typography } from 'antd';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';

/** The validator's messages with their paths, in the reader's language. */
export function ViolationList({ violations }: { violations: Violation[] }) {
  const { pick } = useI18n();
  return (
    <List
      size="small"
      data-testid="violation-list"
      dataSource={violations}
      renderItem={(v) => (
        <List.Item>
          <Typography.Text type={v.severity === 'error' ? 'danger' : 'warning'}>{pick(v.message)}</Typography.Text>
          <Typography.Text code style={{ marginLeft: 8 }}>
            {v.path || '/'}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
