import { useState } from 'react';
import { newSessionId } from '../launch-url';

const key = (appid: string) => `trackway.liveSession.${appid}`;

/** The session the QR codes carry, kept per app in this browser so a reload still shows the phone's events. */
export function useDebugSession(appid: string) {
  const [session, setSession] = useState(() => localStorage.getItem(key(appid)) ?? newSessionId());
  const renew = () => {
    const next = newSessionId();
    localStorage.setItem(key(appid), next);
    setSession(next);
  };
  if (!localStorage.getItem(key(appid))) localStorage.setItem(key(appid), session);
  return { session, renew };
}
