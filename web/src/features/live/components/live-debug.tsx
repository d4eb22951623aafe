import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Input, Select, Space, Switch } from 'antd';
import { ClearOutlined, PauseOutlined, CaretRightOutlined } from '@ant-design/icons';
import { CATALOG } from '@trackway/language';
import { ErrorResult } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { eventTitle } from '../event-title';
import { useDebugSession } from '../hooks/use-debug-session';
import { useLiveEvents } from '../hooks/use-live-events';
import { DeviceInventoryCard } from '../../inventory/components/device-inventory-card';
import { EventTable } from './event-table';
import { LaunchLinks } from './launch-links';

/** 实时调试: launch links with QR codes, then the app's events as they arrive, filterable, pausable. */
export function LiveDebug({ appid }: { appid: string }) {
  const { t, locale } = useI18n();
  const { session, renew } = useDebugSession(appid);
  const [startPage, setStartPage] = useState('pages/index/index');
  const [onlySession, setOnlySession] = useState(false);
  const [sessionFilter, setSessionFilter] = useState('');
  const [eventFilter, setEventFilter] = useState<string | undefined>();
  const filter = { session: onlySession ? session : sessionFilter.trim() || undefined, event: eventFilter };
  const live = useLiveEvents(appid, filter);
  const eventOptions = useMemo(
    () => Object.keys(CATALOG).map((name) => ({ value: name, label: `${eventTitle(name, locale)} ${name}` })),
    [locale],
  );
  const badge =
    live.status === 'open'
      ? { status: 'success' as const, text: t('live.connected') }
      : live.status === 'connecting'
        ? { status: 'processing' as const, text: t('live.connecting') }
        : { status: 'warning' as const, text: t('live.reconnecting') };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="live-page">
      <LaunchLinks
        appid={appid}
        session={session}
        onNewSession={renew}
        startPage={startPage}
        onStartPage={setStartPage}
      />
      <Card
        title={
          <Space>
            {t('live.streamTitle')}
            <Badge status={badge.status} text={badge.text} data-testid="live-status" />
          </Space>
        }
        extra={
          <Space>
            <Button
              icon={live.paused ? <CaretRightOutlined /> : <PauseOutlined />}
              onClick={() => live.setPaused(!live.paused)}
              data-testid="live-pause"
            >
              {live.paused ? t('live.resume', { count: live.bufferedCount }) : t('live.pause')}
            </Button>
            <Button icon={<ClearOutlined />} onClick={live.clear} data-testid="live-clear">
              {t('live.clear')}
            </Button>
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Space>
            <Switch checked={onlySession} onChange={setOnlySession} data-testid="live-only-session" />
            {t('live.onlyThisSession')}
          </Space>
          <Input
            allowClear
            disabled={onlySession}
            placeholder={t('live.filterSession')}
            value={onlySession ? session : sessionFilter}
            onChange={(e) => setSessionFilter(e.target.value)}
            style={{ width: 200 }}
            data-testid="live-filter-session"
          />
          <Select
            allowClear
            showSearch
            placeholder={t('live.filterEvent')}
            options={eventOptions}
            value={eventFilter}
            onChange={setEventFilter}
            optionFilterProp="label"
            style={{ width: 280 }}
            data-testid="live-filter-event"
          />
        </Space>
        {live.error ? (
          <Alert type="error" showIcon message={<ErrorResult error={live.error} />} />
        ) : (
          <EventTable events={live.events} emptyText={t('live.empty')} />
        )}
      </Card>
      <DeviceInventoryCard appid={appid} />
    </Space>
  );
}
