import { Outlet, useParams } from 'react-router';
import { Layout } from 'antd';
import { HeaderBar } from './header-bar';

/** Every signed-in screen: the header (apps, environments, language, user) above the page. */
export function ShellLayout() {
  const { appid } = useParams();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <HeaderBar appid={appid} />
      <Outlet />
    </Layout>
  );
}
