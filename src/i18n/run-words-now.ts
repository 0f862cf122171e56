// The run's words added at once, for code that renders runs outside the page: the CLI, the run
// worker (the explorer's summaries), scripts and tests. Imported for its effect.

import { runWords as enRunWords } from './en/run-words';
import { addWords } from './translate';
import { runWords as zhRunWords } from './zh-CN/run-words';

addWords(enRunWords, 'en');
addWords(zhRunWords, 'zh-CN');
