import { Button, Form, Input, Popconfirm, Space } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { PageRule } from '@trackway/language';
import type { InventoryItem, Violation } from '../../../api/api-types';
import { InventoryPicker } from '../../inventory/components/inventory-picker';
import { routeOptions } from '../../inventory/model/inventory-options';
import { useI18n } from '../../../i18n/i18n';
import { useFieldStatus } from './violation-hint';

/** Route (with wildcards) and title of the selected page. */
export function PageHeaderForm(props: {
  page: PageRule;
  index: number;
  errors: Violation[];
  readOnly?: boolean;
  /** what debug devices saw: the route picker offers its pages */
  inventory?: InventoryItem[];
  onChange(p: PageRule): void;
  onDelete(): void;
}) {
  const { t } = useI18n();
  const base = `/pages/${props.index}`;
  const route = useFieldStatus(props.errors, `${base}/route`);
  const title = useFieldStatus(props.errors, `${base}/title`);
  // a picked route brings its observed navigation-bar title along when the page has none yet
  const titleOf = (route: string): string | undefined => {
    const seen = props.inventory?.find((i) => i.kind === 'page' && i.route === route)?.sample as
      { title?: unknown } | undefined;
    return typeof seen?.title === 'string' && seen.title ? seen.title : undefined;
  };
  return (
    <Form layout="inline" disabled={props.readOnly} style={{ marginBottom: 12, rowGap: 8 }}>
      <Form.Item label={t('plan.page.route')} tooltip={t('plan.page.routeHint')} {...route}>
        <div data-path={`${base}/route`}>
          <InventoryPicker
            value={props.page.route}
            onChange={(route) => props.onChange({ ...props.page, route, title: props.page.title || titleOf(route) })}
            options={routeOptions(props.inventory ?? [])}
            hasInventory={(props.inventory?.length ?? 0) > 0}
            disabled={props.readOnly}
            width={280}
          >
            <Input data-testid="page-route" />
          </InventoryPicker>
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
