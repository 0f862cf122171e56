import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, toBase64Url, fromBase64Url } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/validate';

const scenario = (() => {
  const r = parseScenario({
    version: 1,
    protocol: 'raft',
    seed: 7,
    actions: [{ at: 100, do: 'request', node: 2, value: '<img src=x onerror=alert(1)>' }],
  });
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
})();

describe('share links', () => {
  it('round-trips a scenario and the playhead', () => {
    const fragment = encodeShareFragment(scenario, 1234);
    expect(fragment).toMatch(/^s=1\.[A-Za-z0-9_-]+&t=1234$/);
    expect(decodeShareFragment('#' + fragment)).toEqual({ ok: true, scenario, time: 1234 });
  });

  it('an empty fragment is no scenario, not an error', () => {
    expect(decodeShareFragment('')).toEqual({ ok: true, scenario: null, time: null });
    expect(decodeShareFragment('#')).toEqual({ ok: true, scenario: null, time: null });
  });

  it('base64url round-trips any bytes', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n * 7 }, (_, i) => (i * 37 + n) & 255);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
  });

  const garbage: [string, RegExp][] = [
    ['#hello', /not a Consensus Lab scenario link/],
    ['#t=5', /no scenario in the link/],
    ['#s=2.abc', /unsupported link version/],
    ['#s=abc', /unsupported link version/],
    ['#s=1.!!!!', /not valid base64url/],
    ['#s=1.AAAA', /corrupt|not valid JSON/],
    ['#s=1.' + toBase64Url(deflateSync(strToU8('not json'))), /not valid JSON/],
    ['#s=1.' + toBase64Url(deflateSync(strToU8('{"version":1,"protocol":"raft","nodes":99}'))), /^link: nodes: /],
    ['#s=1.' + toBase64Url(deflateSync(strToU8('{"version":1,"protocol":"raft"}'))) + '&t=-4', /t \(playhead\)/],
    ['#s=1.' + 'A'.repeat(500_000), /too long/],
  ];
  for (const [fragment, message] of garbage) {
    it(`rejects ${fragment.slice(0, 30)} with a message`, () => {
      const result = decodeShareFragment(fragment);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });
  }

  it('refuses a zip bomb without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(50_000_000).fill(32));
    const result = decodeShareFragment('#s=1.' + toBase64Url(bomb));
    expect(result).toEqual({ ok: false, error: 'link: the scenario is too large' });
  });

  it('clamps the playhead to the end of the run', () => {
    const result = decodeShareFragment(encodeShareFragment(scenario, 999_999));
    expect(result.ok && result.time).toBe(scenario.until);
  });
});
