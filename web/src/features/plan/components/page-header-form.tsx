import { Button, Form, Input, Popconfirm, Space } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { PageRule } from '@trackway/language';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { useFieldStatus } from './violation-hint';

/** Route (with wildcards) and title of the selected page. */
export function PageHeaderForm(props: {
  page: PageRule;
  index: number;
  errors: Violation[];
  readOnly?: boolean;
  onChange(p: PageRule): void;
  onDelete(): void;
}) {
  const { t } = useI18n();
  const base = `/pages/${props.index}`;
  const route = useFieldStatus(props.errors, `${base}/route`);
  const title = useFieldStatus(props.errors, `${base}/title`);
  return (
    <Form layout="inline" disabled={props.readOnly} style={{ marginBottom: 12, rowGap: 8 }}>
      <Form.Item label={t('plan.page.route')} tooltip={t('plan.page.routeHint')} {...route}>
        <div data-path={`${base}/route`}>
          <Input
            style={{ width: 280 }}
            value={props.page.route}
            onChange={(e) => props.onChange({ ...props.page, route: e.target.value })}
            data-testid="page-route"
          />
        </div>
      </Form.Item>
      <Form.Item label={t('plan.page.title')} {...title}>
        <div data-path={`${base}/title`}>
          <Input
            style={{ width: 200 }}
            value={props.page.title}
            onChange={(e) => props.onChange({ ...props.page, title: e.target.value || undefined })}
            data-testid="page-title"
          />
        </div>
      </Form.Item>
      <Space>
        <Popconfirm title={t('plan.page.delete')} onConfirm={props.onDelete} disabled={props.readOnly}>
          <Button danger icon={<DeleteOutlined />}>
            {t('plan.page.delete')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
