/**
 * Every catalog JSON Schema, keyed by behaviour or interface. The web editor registers these (by `$id`) with
 * monaco; the validators add them to one ajv instance. Event and interface schemas `$ref` the shared ones.
 */
import type { JsonSchemaDocument, YoushuEventName, YoushuInterfaceName } from './catalog-types';
import commonSchema from './schemas/common.schema.json';
import goodsSchema from './schemas/goods.schema.json';
import appLaunch from './schemas/events/app_launch.schema.json';
import appShow from './schemas/events/app_show.schema.json';
import exitWxapp from './schemas/events/exit_wxapp.schema.json';
import browseWxappPage from './schemas/events/browse_wxapp_page.schema.json';
import leaveWxappPage from './schemas/events/leave_wxapp_page.schema.json';
import pageShareAppMessage from './schemas/events/page_share_app_message.schema.json';
import pagePullDownRefresh from './schemas/events/page_pull_down_refresh.schema.json';
import pageReachBottom from './schemas/events/page_reach_bottom.schema.json';
import search from './schemas/events/search.schema.json';
import exposeSkuComponent from './schemas/events/expose_sku_component.schema.json';
import triggerSkuComponent from './schemas/events/trigger_sku_component.schema.json';
import browseSkuPage from './schemas/events/browse_sku_page.schema.json';
import addToCart from './schemas/events/add_to_cart.schema.json';
import customOrder from './schemas/events/custom_order.schema.json';
import addOrder from './schemas/interfaces/add_order.schema.json';
import addOrderSum from './schemas/interfaces/add_order_sum.schema.json';
import addWxappVisitPage from './schemas/interfaces/add_wxapp_visit_page.schema.json';

/** Definitions the event and interface schemas reference: common properties and goods objects. */
export const SHARED_SCHEMAS: readonly JsonSchemaDocument[] = [commonSchema, goodsSchema];

export const EVENT_SCHEMAS: Readonly<Record<YoushuEventName, JsonSchemaDocument>> = {
  app_launch: appLaunch,
  app_show: appShow,
  exit_wxapp: exitWxapp,
  browse_wxapp_page: browseWxappPage,
  leave_wxapp_page: leaveWxappPage,
  page_share_app_message: pageShareAppMessage,
  page_pull_down_refresh: pagePullDownRefresh,
  page_reach_bottom: pageReachBottom,
  search,
  expose_sku_component: exposeSkuComponent,
  trigger_sku_component: triggerSkuComponent,
  browse_sku_page: browseSkuPage,
  add_to_cart: addToCart,
  custom_order: customOrder,
};

export const INTERFACE_SCHEMAS: Readonly<Record<YoushuInterfaceName, JsonSchemaDocument>> = {
  add_order: addOrder,
  add_order_sum: addOrderSum,
  add_wxapp_visit_page: addWxappVisitPage,
};
