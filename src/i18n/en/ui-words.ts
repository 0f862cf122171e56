// The words of the app's components, by area (one file each; the same file names, export names
// and keys in en/ and zh-CN/): gathered here so that the catalog's index takes them in one line.
import { controls } from './controls';
import { help } from './help';
import { inspector } from './inspector';
import { settings } from './settings';
import { views } from './views';
import { messageTypes } from './message-types';

export const uiWords = { ...controls, ...help, ...inspector, ...settings, ...views, ...messageTypes };
