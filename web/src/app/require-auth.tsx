import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Spin } from 'antd';
import { setUnauthorizedHandler, tokenStore } from '../api/api-client';
import { useMe } from '../api/use-auth';
import { ErrorResult } from '../components/query-state/query-state';

/** Signed-in screens only; an expired token sends the user to the login page and back afterwards. */
export function RequireAuth() {
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const next = encodeURIComponent(location.pathname + location.search);
  useEffect(() => {
    setUnauthorizedHandler(() => navigate(`/login?next=${next}`, { replace: true }));
  }, [navigate, next]);
  if (!tokenStore.get()) return <Navigate to={`/login?next=${next}`} replace />;
  if (me.isPending) return <Spin fullscreen />;
  if (me.isError) return <ErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/login?next=${next}`} replace />;
  return <Outlet />;
}
