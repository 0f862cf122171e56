import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, FRAGMENT_CHARS_MAX, toBase64Url, fromBase64Url } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/validate';
import { huffmanBombLink, interleavedBombLink, zeroBombLink } from './bombs';

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
    expect(result).toMatchObject({ ok: false, error: 'link: the scenario is too large' });
  });

  it('clamps the playhead to the end of the run', () => {
    const result = decodeShareFragment(encodeShareFragment(scenario, 999_999));
    expect(result.ok && result.time).toBe(scenario.until);
  });
});

/** Decode and time it. */
function timed(fragment: string) {
  const started = performance.now();
  const result = decodeShareFragment(fragment);
  return { result, ms: performance.now() - started };
}

describe('share links: decompression bounded by work', () => {
  it('the largest legitimate link (10 000 actions) is under the cap and decodes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const actions = Array.from({ length: 10_000 }, () => ({
      at: Math.floor(random() * 600_000),
      do: 'network',
      latencyMsMin: Math.floor(random() * 100),
      latencyMsMax: 100 + Math.floor(random() * 59_000),
      dropRatio: Math.floor(random() * 1000) / 1000,
      duplicateRatio: Math.floor(random() * 1000) / 1000,
    }));
    const parsed = parseScenario({ version: 1, protocol: 'raft', nodes: 9, until: 600_000, actions });
    if (!parsed.ok) throw new Error(parsed.error);
    const fragment = encodeShareFragment(parsed.scenario, 600_000);
    expect(fragment.length).toBeGreaterThan(200_000);
    expect(fragment.length).toBeLessThan(FRAGMENT_CHARS_MAX);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, scenario: parsed.scenario, time: 600_000 });
  });

  it('the zip bomb of the issue (~390 kB link of deflated zeros) is refused before inflating', () => {
    const { result, ms } = timed(zeroBombLink(390_000));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^link: too long \(\d+ characters; at most 300000\)$/) });
    expect(ms).toBeLessThan(1000);
  });

  it('the Huffman bomb of the issue (~10 600 empty dynamic blocks) is refused before inflating', () => {
    const { result, ms } = timed(huffmanBombLink(10_600));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^link: too long/) });
    expect(ms).toBeLessThan(1000);
  });

  it('a zip bomb under the length cap stops as soon as the output passes the cap', () => {
    const { result, ms } = timed(zeroBombLink(290_000)); // would inflate to ~150 MB
    expect(result).toMatchObject({ ok: false, error: 'link: the scenario is too large' });
    expect(ms).toBeLessThan(1000);
  });

  it('a Huffman bomb under the length cap is refused after a few kilobytes of padding', () => {
    const { result, ms } = timed(huffmanBombLink(5_900));
    expect(result).toMatchObject({ ok: false, error: 'link: the scenario data is padded (compressed data that decompresses to nothing)' });
    expect(ms).toBeLessThan(1000);
    // A little padding is not an attack: it decodes (to nothing, which is not JSON).
    expect(decodeShareFragment(huffmanBombLink(20))).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });

  it('empty blocks interleaved with output that ends in a valid scenario are bounded by the length cap and the clock', () => {
    const json = '{"version":1,"protocol":"raft"}';
    expect(decodeShareFragment(interleavedBombLink(5, json)).ok).toBe(true);
    const { result, ms } = timed(interleavedBombLink(5_400, json));
    // Inflating it all costs ~0.5 s in Node here, so it usually decodes; a slower or busier
    // machine hits the 2 s clock. Either way it ends: within the clock and one step (8 KB).
    if (!result.ok) expect(result.error).toBe('link: the scenario data takes too long to decompress');
    expect(ms).toBeLessThan(3000);
  });

  it('a leading byte order mark is dropped in a link as in a file', () => {
    const withBom = '#s=1.' + toBase64Url(deflateSync(strToU8('\ufeff{"version":1,"protocol":"raft"}')));
    expect(decodeShareFragment(withBom).ok).toBe(true);
  });
});
