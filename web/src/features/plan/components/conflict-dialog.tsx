import { useState } from 'react';
import { Button, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TrackingConfig } from '@trackway/language';
import type { Draft } from '../../../api/api-types';
import { JsonConfigEditor } from '../../../components/json-config-editor/json-config-editor';
import { useI18n } from '../../../i18n/i18n';

/** A 409 on save: keep mine (save over theirs), take theirs, or see both side by side first. */
export function ConflictDialog(props: {
  theirs: Draft | null;
  mine: TrackingConfig | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  const { t } = useI18n();
  const [compare, setCompare] = useState(false);
  const d = props.theirs;
  return (
    <Modal
      open={!!d}
      title={t('plan.conflict.title')}
      width={compare ? 1100 : 560}
      closable={false}
      maskClosable={false}
      data-testid="conflict-dialog"
      footer={
        <Space>
          <Button onClick={() => setCompare((c) => !c)}>{t('plan.conflict.compare')}</Button>
          <Button onClick={() => (setCompare(false), props.onTakeTheirs())} data-testid="conflict-theirs">
            {t('plan.conflict.theirs')}
          </Button>
          <Button type="primary" onClick={() => (setCompare(false), props.onKeepMine())} data-testid="conflict-mine">
            {t('plan.conflict.mine')}
          </Button>
        </Space>
      }
    >
      {d && (
        <Typography.Paragraph>
          {t('plan.conflict.text', {
            who: d.updatedBy ?? '?',
            at: dayjs(d.updatedAt).format('YYYY-MM-DD HH:mm:ss'),
            rev: d.revision,
          })}
        </Typography.Paragraph>
      )}
      {d && compare && (
        <>
          <Typography.Text type="secondary">{t('plan.conflict.left')}</Typography.Text>
          <JsonConfigEditor
            documentId="conflict"
            height="55vh"
            original={JSON.stringify(d.config, null, 2)}
            modified={JSON.stringify(props.mine, null, 2)}
          />
        </>
      )}
    </Modal>
  );
}
