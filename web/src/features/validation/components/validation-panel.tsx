import { Drawer, Empty, List, Tag, Typography } from 'antd';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';

/** Every validator message of the saved draft with its path, in both languages; a click goes to the field. */
export function ValidationPanel(props: {
  open: boolean;
  errors: Violation[];
  onClose(): void;
  onPick(v: Violation): void;
}) {
  const { t, locale } = useI18n();
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={t('plan.validation')}
      size="large"
      data-testid="validation-panel"
    >
      {props.errors.length === 0 ? (
        <Empty description={t('plan.validationEmpty')} />
      ) : (
        <List
          dataSource={props.errors}
          renderItem={(v) => (
            <List.Item onClick={() => props.onPick(v)} style={{ cursor: 'pointer' }} data-testid="violation">
              <List.Item.Meta
                avatar={<Tag color={v.severity === 'error' ? 'red' : 'gold'}>{v.code}</Tag>}
                title={v.message[locale]}
                description={
                  <>
                    <Typography.Text type="secondary">{v.message[other]}</Typography.Text>
                    <br />
                    <Typography.Text code>{v.path || '/'}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
