import { CATALOG, type EventCatalogEntry } from '@trackway/language';
import type { Locale } from '../../i18n/i18n';

/** The behaviour's name in the catalog (浏览商品详情页), or the raw type for an event Youshu does not define. */
export function eventTitle(type: string, locale: Locale): string | undefined {
  return (CATALOG as Record<string, EventCatalogEntry | undefined>)[type]?.title[locale];
}
