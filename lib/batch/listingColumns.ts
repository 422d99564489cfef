/** Columns that name a listing (product ID) and give its category, detected from common export headers. */
export interface ListingColumns {
  id?: string;
  category?: string;
}

// Taobao/Tmall 宝贝ID/商品ID/商家编码, JD 商品编号/SKU, PDD 商品ID/商品编码, Douyin 商品ID, Amazon ASIN/SKU, Shopify Handle/Variant SKU.
const ID_EXACT =
  /^(商品\s*id|宝贝\s*id|商品编号|商品编码|商家编码|商家货号|货号|款号|spu\s*id|spu|sku\s*id|sku|sku编码|asin|seller[_ ]?sku|item[_ ]?id|product[_ ]?id|listing[_ ]?id|handle|variant\s*sku|id|编号|编码)$/i;
const ID_LOOSE = /(商品id|宝贝id|商品编码|商家编码|asin|\bsku\b|item[_ ]?id|product[_ ]?id)/i;
const CATEGORY = /^(类目|商品类目|叶子类目|末级类目|一级类目|所属类目|分类|商品分类|category|product[_ ]?type|product[_ ]?category|item[_ ]?type)$/i;

export function guessListingColumns(columns: readonly string[]): ListingColumns {
  const trimmed = columns.map((column) => ({ column, header: column.trim() }));
  const id = trimmed.find(({ header }) => ID_EXACT.test(header)) ?? trimmed.find(({ header }) => ID_LOOSE.test(header));
  const category = trimmed.find(({ header }) => CATEGORY.test(header));
  return { id: id?.column, category: category?.column };
}
