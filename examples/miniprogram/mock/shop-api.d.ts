// Types for the TypeScript tests that drive the shop (sdk-runtime/test/e2e).
export interface ShopRequest {
  url: string;
  method?: string;
  data?: unknown;
}

export interface ShopReply {
  statusCode: number;
  data: { code: number; msg: string; data: unknown };
}

export interface ShopOrder {
  orderNo: string;
  totalFee: number;
  payFee: number;
  createdAt: number;
  storeId: string;
  goodsCount: number;
}

export interface ShopApi {
  handle(req: ShopRequest): ShopReply;
  state: { cart: { skuId: string; quantity: number }[]; orders: ShopOrder[]; nextOrder: number };
  catalog: { goods: Record<string, unknown>[]; categories: Record<string, unknown>[]; stores: Record<string, unknown>[] };
}

export function createShopApi(options?: { unionId?: string; userId?: string; now?: () => number }): ShopApi;
