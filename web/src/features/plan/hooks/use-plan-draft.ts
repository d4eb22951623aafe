import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrackingConfig } from '@trackway/language';
import { ApiError } from '../../../api/api-client';
import type { Draft, Violation } from '../../../api/api-types';
import { useDraft, useDraftApi } from '../../../api/use-draft';

// Long enough that typing a word is one save, short enough that a PM who closes the tab loses nothing they see.
const AUTOSAVE_MS = 800;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

/**
 * The draft the forms and the JSON view edit together: one local copy, saved (debounced, or at once with
 * `saveNow`) with the revision it started from. A 409 (someone saved meanwhile) fills `conflict` with their draft.
 */
export function usePlanDraft(appid: string) {
  const query = useDraft(appid);
  const { save } = useDraftApi(appid);
  const [config, setConfig] = useState<TrackingConfig | null>(null);
  const [revision, setRevision] = useState<number>();
  const [errors, setErrors] = useState<Violation[]>([]);
  const [state, setState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Draft | null>(null);
  const latest = useRef<TrackingConfig | null>(null);
  const rev = useRef<number>(0);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // the mutation and query objects change every render; saveNow reads them here so it stays one function
  const io = useRef({ save, query });
  io.current = { save, query };

  useEffect(() => {
    if (!query.data || latest.current) return;
    latest.current = query.data.config as unknown as TrackingConfig;
    rev.current = query.data.revision;
    setConfig(latest.current);
    setRevision(query.data.revision);
    setErrors(query.data.errors);
  }, [query.data]);

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current || !dirty.current || !latest.current) return;
    const sent = latest.current;
    inFlight.current = true;
    setState('saving');
    try {
      const d = await io.current.save.mutateAsync({ config: sent, revision: rev.current });
      rev.current = d.revision;
      setRevision(d.revision);
      setErrors(d.errors);
      setSaveError(null);
      if (latest.current === sent) dirty.current = false;
      setState(dirty.current ? 'unsaved' : 'saved');
    } catch (e) {
      setSaveError(e);
      setState('failed');
      if (e instanceof ApiError && e.status === 409) {
        const theirs = await io.current.query.refetch();
        if (theirs.data) setConflict(theirs.data);
      }
      return;
    } finally {
      inFlight.current = false;
    }
    // edits made while the request was out
    if (dirty.current) timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }, []);

  const update = useCallback(
    (change: (c: TrackingConfig) => TrackingConfig) => {
      if (!latest.current) return;
      latest.current = change(latest.current);
      dirty.current = true;
      setConfig(latest.current);
      setState('unsaved');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    },
    [saveNow],
  );

  const keepMine = useCallback(() => {
    if (!conflict) return;
    rev.current = conflict.revision;
    dirty.current = true;
    setConflict(null);
    void saveNow();
  }, [conflict, saveNow]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    latest.current = conflict.config as unknown as TrackingConfig;
    rev.current = conflict.revision;
    dirty.current = false;
    setConfig(latest.current);
    setRevision(conflict.revision);
    setErrors(conflict.errors);
    setState('saved');
    setSaveError(null);
    setConflict(null);
  }, [conflict]);

  // Unsaved edits are guarded: the browser asks before the tab closes.
  useEffect(() => {
    const guard = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  // Leaving the editor (another menu item) saves what is pending instead of dropping it.
  useEffect(() => () => void saveNow(), [saveNow]); // saveNow never changes

  return { query, config, revision, errors, state, saveError, conflict, update, saveNow, keepMine, takeTheirs };
}

export type PlanDraft = ReturnType<typeof usePlanDraft>;
