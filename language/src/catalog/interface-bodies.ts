/**
 * Hand-written TypeScript shapes of the three data-api request bodies (youshu-spec.md §2.2–2.4),
 * mirroring schemas/interfaces/*.schema.json. Amounts are yuan floats; backend times are 13-digit ms strings.
 */
import type { ChanCustom } from './event-props';

export type OrderSource =
  'wxapp' | 'app' | 'mobileweb' | 'pcweb' | 'offstore_pos_manual' | 'offstore_pos_self_help' | 'other';

/** 1110 awaiting payment … 1290 refund completed (youshu-spec.md §2.2). */
export type OrderStatusCode = '1110' | '1130' | '1140' | '1150' | '1160' | '1180' | '1280' | '1290';

export interface OrderUserInfo {
  /** Required when order_source is wxapp. */
  open_id?: string;
  app_id?: string;
  union_id?: string;
  user_id?: string;
  member_id?: string;
  user_first_order_time?: string;
  user_phone?: string;
  sha256_user_phone?: string;
  card_level?: string;
}

export interface OrderStoreInfo {
  external_store_id?: string;
  store_name?: string;
  store_city?: string;
}

export interface OrderChanInfo {
  chan_wxapp?: { chan_scene?: number | string };
  chan_custom?: ChanCustom;
  chan_id?: string;
  chan_refer_app_id?: string;
  guide_id?: string;
  room_id?: string;
}

export interface OrderGoodsInfo {
  external_sku_id: string;
  sku_name_chinese: string;
  /** Unit original price, yuan. */
  goods_amount: number;
  /** Line amount paid after allocated discounts, yuan; Youshu GMV uses it. */
  payment_amount: number;
  external_spu_id: string;
  spu_name_chinese: string;
  goods_num: number;
  is_gift?: 0 | 1;
  primary_image_url?: string;
  sale_unit?: string;
  category_id?: string;
  category_name?: string;
  goods_weight?: number;
  store_info?: OrderStoreInfo;
  chan_info?: OrderChanInfo[];
  commission_info?: { commission_type?: 1 | 2; commission_fee?: number }[];
}

export interface OrderPaymentInfo {
  /** 00009 WeChat Pay, 00010 Alipay, 99999 other. */
  payment_type?: string;
  trans_id?: string;
  trans_amount?: number;
}

export interface OrderCouponInfo {
  coupon_type?: 1 | 2;
  coupon_amount_total?: number;
  coupon_detail?: Record<string, unknown>[];
}

export interface OrderExpressPackage {
  express_company_code?: string;
  express_company_name?: string;
  express_code?: string;
  ship_time?: string;
  express_page?: { miniprogram_path?: string; miniprogram_appid?: string; miniprogram_h5?: string };
  express_package_info?: { external_sku_id?: string; number?: number }[];
}

export interface OrderExpressInfo {
  logistics_status?: string;
  goods_total_weight?: number;
  receiver_name?: string;
  receiver_phone?: string;
  receiver_address?: string;
  receiver_country_code?: string;
  receiver_province_code?: string;
  receiver_city_code?: string;
  receiver_district_code?: string;
  /** e.g. "9:00-12:00" */
  expected_delivery_time?: string;
  /** YYYYMMDD */
  expected_delivery_date?: string;
  express_package_info?: OrderExpressPackage[];
}

export interface YoushuOrder {
  external_order_id: string;
  combine_mchid?: string;
  combine_appid?: string;
  mchid?: string;
  appid?: string;
  sub_mchid?: string;
  sub_appid?: string;
  create_time: string;
  order_source: OrderSource;
  order_type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  brand_id?: string;
  brand_name?: string;
  goods_weight?: number;
  goods_num_total: number;
  goods_amount_total: number;
  freight_amount: number;
  order_amount: number;
  payable_amount: number;
  payment_amount: number;
  order_status: OrderStatusCode;
  status_change_time: string;
  user_info: OrderUserInfo;
  goods_info: OrderGoodsInfo[];
  /** Required unless order_status is 1110. */
  payment_info?: OrderPaymentInfo[];
  /** Two schemas exist (promotion_type 1–11, or 1/2 with promotion_detail[]); kept open. */
  promotion_info?: Record<string, unknown>[];
  coupon_info?: OrderCouponInfo[];
  express_info?: OrderExpressInfo;
  invoice_info?: Record<string, unknown>[];
  points_total?: number;
  is_deleted?: 0 | 1;
}

export interface AddOrderBody {
  dataSourceId: string;
  /** 1–50 orders. */
  orders: YoushuOrder[];
}

export interface OrderSum {
  /** 13-digit ms string of the day's 00:00 (+08:00). */
  ref_date: string;
  give_order_amount_sum: number;
  give_order_num_sum: number;
  payment_amount_sum: number;
  payed_num_sum: number;
}

export interface AddOrderSumBody {
  dataSourceId: string;
  /** 1–50 days. */
  orders: OrderSum[];
}

export interface VisitPageItem {
  page_path: string;
  page_visit_pv?: number;
  page_visit_uv?: number;
  page_staytime_pv?: number;
  entrypage_pv?: number;
  exitpage_pv?: number;
  page_share_pv?: number;
  page_share_uv?: number;
}

export interface VisitPageRawMsg {
  /** YYYYMMDD */
  ref_date: string;
  list: VisitPageItem[];
}

export interface AddWxappVisitPageBody {
  dataSourceId: string;
  rawMsg: VisitPageRawMsg[];
}

export interface YoushuInterfaceBodyMap {
  add_order: AddOrderBody;
  add_order_sum: AddOrderSumBody;
  add_wxapp_visit_page: AddWxappVisitPageBody;
}
