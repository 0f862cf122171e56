// The explorer's words in both languages, added when something that shows or prints them loads
// (the explorer panel's chunk, the CLI's `sim explore`): they are not part of the first page.
import { addWords } from './translate';
import { explorer as englishWords } from './en/explorer';
import { explorer as chineseWords } from './zh-CN/explorer';

addWords(englishWords, 'en');
addWords(chineseWords, 'zh-CN');
