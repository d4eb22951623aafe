import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Empty, Layout, Tabs } from 'antd';
import type { PageRule, Rule, TrackingConfig, YoushuEventName } from '@trackway/language';
import { ApiError } from '../../../api/api-client';
import type { Violation } from '../../../api/api-types';
import { useMe } from '../../../api/use-auth';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import { ChanSimulator } from '../../chan-simulator/components/chan-simulator';
import { ValidationPanel } from '../../validation/components/validation-panel';
import { useInventory } from '../../inventory/hooks/use-inventory';
import { usePlanDraft } from '../hooks/use-plan-draft';
import { parsePlanPath, planPath } from '../model/plan-route';
import { RULE_TEMPLATES, allIds, freshRuleId } from '../model/rule-templates';
import { focusPath, locate, rulesPointer, type Selection } from '../model/violation-location';
import { ConflictDialog } from './conflict-dialog';
import { FieldRulesEditor } from './field-rules-editor';
import { JsonView } from './json-view';
import { PageHeaderForm } from './page-header-form';
import { PageTree } from './page-tree';
import { RuleDrawer } from './rule-drawer';
import { RulesTable } from './rules-table';
import { SettingsEditor } from './settings-editor';
import { StatusBar } from './status-bar';
import { TRIGGER_DEFAULTS } from './trigger-fields';
import { VariablesEditor } from './variables-editor';

/** 埋点方案: the tracking-plan editor, visual first, with the JSON view of the same draft. */
export function PlanEditor() {
  const { appid = '', '*': splat = '' } = useParams();
  const navigate = useNavigate();
  const { t, pick } = useI18n();
  const readOnly = useMe().data?.role === 'viewer';
  const draft = usePlanDraft(appid);
  const { selection, rule } = parsePlanPath(splat);
  const [tab, setTab] = useState('visual');
  const [panel, setPanel] = useState(false);
  const go = (s: Selection, r?: number) => navigate(`/apps/${appid}/plan/${planPath(s, r)}`);

  const { saveNow } = draft;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveNow]);

  const pickViolation = (v: Violation) => {
    const loc = locate(v.path);
    setPanel(false);
    setTab('visual');
    go(loc.selection, loc.rule);
    focusPath(v.path);
  };

  const saveError =
    draft.saveError instanceof ApiError
      ? pick(draft.saveError.message)
      : draft.saveError
        ? String(draft.saveError)
        : null;
  return (
    <div data-testid="plan-page">
      <StatusBar
        appid={appid}
        revision={draft.revision}
        state={draft.state}
        saveError={saveError}
        errors={draft.errors}
        onOpenValidation={() => setPanel(true)}
      />
      <QueryState query={draft.query}>
        {() =>
          draft.config && (
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                {
                  key: 'visual',
                  label: t('plan.visual'),
                  children: (
                    <VisualEditor
                      config={draft.config}
                      errors={draft.errors}
                      readOnly={readOnly}
                      selection={selection}
                      rule={rule}
                      go={go}
                      update={draft.update}
                    />
                  ),
                },
                {
                  key: 'json',
                  label: t('plan.json'),
                  children: (
                    <JsonView
                      appid={appid}
                      config={draft.config}
                      readOnly={readOnly}
                      onChange={(c) => draft.update(() => c)}
                    />
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
      <ValidationPanel open={panel} errors={draft.errors} onClose={() => setPanel(false)} onPick={pickViolation} />
      <ConflictDialog
        theirs={draft.conflict}
        mine={draft.config}
        onKeepMine={draft.keepMine}
        onTakeTheirs={draft.takeTheirs}
      />
    </div>
  );
}

function VisualEditor(props: {
  config: TrackingConfig;
  errors: Violation[];
  readOnly: boolean;
  selection: Selection;
  rule: number | undefined;
  go(s: Selection, r?: number): void;
  update(change: (c: TrackingConfig) => TrackingConfig): void;
}) {
  const { config, errors, readOnly, selection, update, go } = props;
  const { t } = useI18n();
  const inventory = useInventory(useParams().appid ?? '').data?.items;
  const pages = config.pages ?? [];
  const fresh = (base: string) => freshRuleId(base, allIds(config as unknown as Record<string, unknown>));
  const rules: Rule[] | undefined =
    selection.kind === 'page'
      ? (pages[selection.page]?.rules ?? (pages[selection.page] ? [] : undefined))
      : selection.kind === 'global'
        ? (config.rules ?? [])
        : undefined;
  const setRules = (list: Rule[]) =>
    update((c) => {
      if (selection.kind === 'global') return { ...c, rules: list };
      if (selection.kind !== 'page') return c;
      const ps = [...(c.pages ?? [])];
      ps[selection.page] = { ...ps[selection.page], rules: list };
      return { ...c, pages: ps };
    });
  const setPage = (p: PageRule | null) =>
    update((c) => {
      if (selection.kind !== 'page') return c;
      const ps = [...(c.pages ?? [])];
      if (p) ps[selection.page] = p;
      else ps.splice(selection.page, 1);
      return { ...c, pages: ps };
    });
  const addRule = (event: YoushuEventName | undefined) => {
    const tpl = event ? RULE_TEMPLATES[event] : undefined;
    const trigger =
      tpl?.trigger ??
      (event === 'app_launch' || event === 'app_show' || event === 'exit_wxapp'
        ? TRIGGER_DEFAULTS.app
        : TRIGGER_DEFAULTS.page);
    const next: Rule = { id: fresh(event ?? 'rule'), ...(tpl ?? (event ? { event } : {})), trigger } as Rule;
    const list = [...(rules ?? []), next];
    setRules(list);
    go(selection, list.length - 1);
  };
  const addPage = () => {
    const id = fresh('page');
    update((c) => ({ ...c, pages: [...(c.pages ?? []), { id, route: 'pages/goods/*', title: '', rules: [] }] }));
    go({ kind: 'page', page: pages.length });
  };
  const base = rulesPointer(selection);
  const current = props.rule !== undefined ? rules?.[props.rule] : undefined;
  return (
    <Layout style={{ background: 'transparent', minHeight: 'calc(100vh - 260px)' }}>
      <Layout.Sider width={260} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0', marginRight: 16 }}>
        <PageTree
          config={config}
          errors={errors}
          selection={selection}
          readOnly={readOnly}
          onSelect={(s) => go(s)}
          onAddPage={addPage}
        />
      </Layout.Sider>
      <Layout.Content style={{ minWidth: 0 }}>
        {selection.kind === 'page' && !pages[selection.page] && <Empty description={t('plan.pagesEmpty')} />}
        {selection.kind === 'page' && pages[selection.page] && (
          <PageHeaderForm
            page={pages[selection.page]}
            index={selection.page}
            errors={errors}
            readOnly={readOnly}
            inventory={inventory}
            onChange={setPage}
            onDelete={() => (setPage(null), go({ kind: 'page', page: 0 }))}
          />
        )}
        {rules && base && (
          <RulesTable
            rules={rules}
            base={base}
            errors={errors}
            readOnly={readOnly}
            onOpen={(i) => go(selection, i)}
            onToggle={(i, on) =>
              setRules(
                rules.map((r, j) =>
                  j === i ? (on ? (({ enabled: _e, ...rest }) => rest)(r) : { ...r, enabled: false }) : r,
                ),
              )
            }
            onAdd={addRule}
          />
        )}
        {(selection.kind === 'chan' || selection.kind === 'user') && (
          <FieldRulesEditor
            key={selection.kind}
            kind={selection.kind}
            rules={config[selection.kind] ?? []}
            errors={errors}
            readOnly={readOnly}
            freshId={fresh}
            onChange={(list) => update((c) => ({ ...c, [selection.kind]: list.length ? list : undefined }))}
          />
        )}
        {selection.kind === 'chan' && (
          <div style={{ marginTop: 16 }}>
            <ChanSimulator config={config} />
          </div>
        )}
        {selection.kind === 'variables' && (
          <VariablesEditor config={config} readOnly={readOnly} update={update} freshId={fresh} />
        )}
        {selection.kind === 'settings' && <SettingsEditor config={config} readOnly={readOnly} update={update} />}
      </Layout.Content>
      {base && (
        <RuleDrawer
          rule={current}
          route={selection.kind === 'page' ? pages[selection.page]?.route : undefined}
          inventory={inventory}
          base={`${base}/${props.rule}`}
          errors={errors}
          readOnly={readOnly}
          onClose={() => go(selection)}
          onChange={(r) => rules && setRules(rules.map((x, j) => (j === props.rule ? r : x)))}
          onDelete={() => {
            if (rules) setRules(rules.filter((_, j) => j !== props.rule));
            go(selection);
          }}
        />
      )}
    </Layout>
  );
}
