/** Strings of the image text check (issue 20). */
export const zhCN = {
  'ocr.scan': '检查图片文字',
  'ocr.scanning': '正在识别图片 {done}/{total}…',
  'ocr.title': '图片文字检查',
  'ocr.none': '未找到可检查的图片',
  'ocr.summary': '{images} 张图片 · {count} 处问题',
  'ocr.clean': '未发现问题',
  'ocr.failed': '无法识别：{error}',
  'ocr.cached': '缓存',
  'ocr.image': '图片 {index}',
  'ocr.recognised': '识别文字',
  'ocr.basis': '依据：{basis}',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'ocr.scan': 'Check text in images',
  'ocr.scanning': 'Reading images {done}/{total}…',
  'ocr.title': 'Text in images',
  'ocr.none': 'No images to check',
  'ocr.summary': '{images} images · {count} findings',
  'ocr.clean': 'No problems found',
  'ocr.failed': 'Could not read: {error}',
  'ocr.cached': 'cached',
  'ocr.image': 'Image {index}',
  'ocr.recognised': 'Recognised text',
  'ocr.basis': 'Basis: {basis}',
};
