// The language switch, the formats of numbers and times, and the link's error: the words the
// "ui-core" part of the page reads (src/ui/LanguageSwitch.tsx, src/i18n/format.ts, url-sync).
// The switch's name and its options read the same in every language, so anyone finds them.
export const language: Record<string, string> = {
  'language.switch': 'Language · 语言',
  'language.en': 'English',
  'language.zh-CN': '中文',
  'language.loadFailed': 'The words of that language could not be loaded. Check the connection and try again.',
  'format.ms': '{{value}} ms',
  'format.realTime': '1× (real time)',
  'format.slower': '1/{{factor}}×',
  'link.openFailed': 'This link could not be opened ({{error}}). The default scenario is loaded instead.',
};
