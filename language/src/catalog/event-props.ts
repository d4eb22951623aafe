/**
 * Hand-written TypeScript shapes of the props of the 14 Youshu behaviours (youshu-spec.md §1.3–1.7).
 * They mirror schemas/common.schema.json, schemas/goods.schema.json and schemas/events/*.schema.json;
 * the schemas are the source of truth for validation, these types for code that builds events.
 */

export interface WxUserTag {
  tag_id?: string;
  tag_name?: string;
}

export interface WxUser {
  app_id: string;
  open_id?: string;
  user_id?: string;
  union_id?: string;
  /** Youshu local id; sr-sdk-wxapp generates `<ms>-<uuid>` (50 chars). */
  local_id?: string;
  tag?: WxUserTag[];
  extra?: Record<string, unknown>;
}

/** Level 4 (`chan_custom_id`) is the finest, level 1 the coarsest; a level requires every finer one. */
export interface ChanCustom {
  chan_custom_id?: string;
  chan_custom_id_desc?: string;
  chan_custom_cat_3?: string;
  chan_custom_cat_3_desc?: string;
  chan_custom_cat_2?: string;
  chan_custom_cat_2_desc?: string;
  chan_custom_cat_1?: string;
  chan_custom_cat_1_desc?: string;
}

export interface Chan {
  /** WeChat scene value, an integer (e.g. 1037). */
  chan_wxapp_scene: number;
  chan_id?: string;
  chan_refer_app_id?: string;
  /** Requires chan_shop_name. */
  chan_shop_id?: string;
  chan_shop_name?: string;
  chan_custom?: ChanCustom;
  guide_id?: string;
  room_id?: string;
  weixinadinfo?: string;
  gdt_vid?: string;
  extra?: Record<string, unknown>;
}

export interface CommonProps {
  /** Route plus query, no leading '/'. */
  page: string;
  page_title?: string;
  sr_sdk_version?: string;
  /** 13-digit epoch ms. */
  time: number;
  wx_user: WxUser;
  chan: Chan;
  component?: { component_id?: string; component_name?: string };
  room_id?: string;
}

export interface Sku {
  sku_id: string;
  sku_name: string;
}

export interface Spu {
  spu_id: string;
  spu_name: string;
}

export interface SkuCategoryItem {
  sku_cat_id?: string;
  sku_cat_name?: string;
  /** The string "null" (or null) for a top-level category. */
  sku_parent_cat_id?: string | null;
}

export interface ShippingShop {
  shipping_shop_id?: string;
  shipping_shop_name?: string;
}

/** Prices in yuan; both or neither. */
export interface Sale {
  original_price?: number;
  current_price?: number;
}

export interface GoodsProps extends CommonProps {
  sku: Sku;
  spu: Spu;
  sku_category?: SkuCategoryItem[];
  shipping_shop?: ShippingShop;
  sale?: Sale;
  primary_image_url?: string;
  position_id?: number;
}

export interface BrowseWxappPageProps extends CommonProps {
  refer_page?: string;
  is_newly_open?: boolean;
}

export interface LeaveWxappPageProps extends CommonProps {
  refer_page?: string;
  /** ms since onShow; 0 above 14,400,000 (4 h). */
  stay_time?: number;
}

export interface PageShareAppMessageProps extends CommonProps {
  from_type: 'button' | 'menu' | '未知';
  share_title: string;
  share_path?: string;
  share_image_url?: string;
  share_to?: string;
  refer_page?: string;
}

export interface SearchProps extends CommonProps {
  keyword: string;
}

export type AddToCartActionType = 'append_to_cart' | 'append_to_cart_in_cart' | 'remove_from_cart';

export interface AddToCartProps extends Omit<GoodsProps, 'position_id'> {
  action_type: AddToCartActionType;
  /** The docs disagree: the quantity changed by this action, or the cart quantity after it (youshu-spec.md §1.6). */
  sku_num: number;
}

export type CustomOrderStatus = 'give_order' | 'cancel_pay' | 'cancel_give_order' | 'pay' | 'payed' | 'refund';

export interface CustomOrderMain {
  order_id: string;
  /** Order placement time, 13-digit ms, for every status. */
  order_time: number;
  order_type?: 'normal' | 'presale_deposit' | 'presale_balance';
  order_status: CustomOrderStatus;
  pay_time?: number;
  cancel_pay_time?: number;
  cancel_time?: number;
  refund_time?: number;
}

export interface CustomSubOrder {
  sub_order_id: string;
  /** yuan */
  order_amt: number;
  /** yuan, amount payable */
  pay_amt: number;
  extra?: Record<string, unknown>;
  chan?: Chan;
}

export interface CustomOrderProps extends CommonProps {
  order: CustomOrderMain;
  sub_orders: CustomSubOrder[];
}

export interface YoushuEventPropsMap {
  app_launch: CommonProps;
  app_show: CommonProps;
  exit_wxapp: CommonProps;
  browse_wxapp_page: BrowseWxappPageProps;
  leave_wxapp_page: LeaveWxappPageProps;
  page_share_app_message: PageShareAppMessageProps;
  page_pull_down_refresh: CommonProps;
  page_reach_bottom: CommonProps;
  search: SearchProps;
  expose_sku_component: GoodsProps;
  trigger_sku_component: GoodsProps;
  browse_sku_page: GoodsProps;
  add_to_cart: AddToCartProps;
  custom_order: CustomOrderProps;
}
