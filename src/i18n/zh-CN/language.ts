// 语言切换、数字与时间的格式、链接错误（见 src/i18n/en/language.ts）。切换的名称和选项在每种语言中相同。
export const language: Record<string, string> = {
  'language.switch': 'Language · 语言',
  'language.en': 'English',
  'language.zh-CN': '中文',
  'language.loadFailed': '无法载入该语言的文字，请检查网络连接后重试。',
  'format.ms': '{{value}} 毫秒',
  'format.realTime': '1×（实时）',
  'format.slower': '1/{{factor}}×',
  'link.openFailed': '无法打开此分享链接（{{error}}），已载入默认场景。',
};
