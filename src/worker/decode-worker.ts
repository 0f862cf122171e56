// A worker that decodes one share link (inflate, parse, validate) and posts back the result:
// a long link (10 000 actions) takes hundreds of milliseconds to decode, off the page's thread.
import { decodeShareFragment } from '../scenario/link';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(decodeShareFragment(event.data));
};
