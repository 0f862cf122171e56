// Hostile input at every door: the corpus (corpus.ts) and link-level damage — truncations, bit
// flips, garbage — through the text door, the link decoder and (for a handful) the CLI, and
// random mutations of valid links and JSON (fast-check). Whatever comes in: no exception, no
// hang, a result or one line of error of at most ~200 characters, no prototype pollution.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from '../../src/scenario/link';
import { parseScenario, parseScenarioText } from '../../src/scenario/validate';
import { CORPUS } from './corpus';

/** What every refusal looks like: one line, short, nothing a terminal would act on. */
function expectShortLine(error: string, what: string): void {
  expect(error.length, what).toBeLessThanOrEqual(200);
  expect(error, what).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
}

type Outcome = { ok: boolean; error?: string };

/**
 * "No hang": every answer within 5 s, generous because the suite shares the CPU (validating
 * 10 000 actions takes 0.1–0.4 s alone, over 1 s under load). The bombs' 1 s is link.test.ts's.
 */
const ANSWER_MS_MAX = 5000;

/** Run a door on an input: it must not throw, must answer, and refuse in one short line. */
function door(name: string, call: () => Outcome, msMax = ANSWER_MS_MAX): Outcome {
  const started = performance.now();
  let result: Outcome;
  try {
    result = call();
  } catch (error) {
    throw new Error(`${name} threw: ${String(error).slice(0, 200)}`);
  }
  expect(performance.now() - started, `${name}: time`).toBeLessThan(msMax);
  if (!result.ok) expectShortLine(result.error ?? '', name);
  return result;
}

const linkOf = (text: string) => '#s=1.' + toBase64Url(deflateSync(strToU8(text), { level: 9 }));
const validLink = encodeShareFragment(
  (() => {
    const r = parseScenario({ version: 1, protocol: '2pc', nodes: 3, actions: [{ at: 5, do: 'request', node: 1, value: 'x=1' }, { at: 50, do: 'crash', node: 2 }] });
    if (!r.ok) throw new Error(r.error);
    return r.scenario;
  })(),
  100,
);

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(({} as { constructor: unknown }).constructor).toBe(Object);
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

afterAll(expectNoPollution);

describe('the hostile corpus at every door', () => {
  for (const c of CORPUS) {
    it(`${c.name}: ${c.ok ? 'accepted' : 'refused in one short line'} as a file and as a link`, () => {
      const asText = door(`${c.name} (text)`, () => parseScenarioText(c.text));
      expect(asText.ok, `${c.name}: ${asText.error}`).toBe(c.ok);
      const asLink = door(`${c.name} (link)`, () => decodeShareFragment(linkOf(c.text)));
      // A link carries at most 300 000 characters: a few huge cases are refused for that alone.
      if (linkOf(c.text).length <= 300_000) expect(asLink.ok, `${c.name}: ${asLink.error}`).toBe(c.ok);
      else expect(asLink.error).toMatch(/^link: too long/);
      expectNoPollution();
    });
  }
});

describe('damaged links', () => {
  const packed = validLink.slice(0, validLink.indexOf('&'));
  const bytes = fromBase64Url(packed.slice(4))!;

  it('every truncation is refused or decodes, never throws', () => {
    for (let length = 0; length <= validLink.length; length++) door(`truncated at ${length}`, () => decodeShareFragment(validLink.slice(0, length)));
  });

  it('every single bit flip of the compressed bytes is refused or decodes', () => {
    for (let i = 0; i < bytes.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = bytes.slice();
        flipped[i] ^= 1 << bit;
        door(`bit ${bit} of byte ${i}`, () => decodeShareFragment('#s=1.' + toBase64Url(flipped)));
      }
    }
  });

  const garbage = [
    '#s=1.',
    '#s=1.A',
    '#s=1.' + '_'.repeat(1000),
    '#s=1.%41%41%41',
    '#s=1.\u0000\u001b[2J',
    '#s=\u001b]0;title\u0007.AAAA',
    '#s=1.AAAA&s=1.BBBB',
    '#s=1.AAAA&t=' + '9'.repeat(1000),
    '#s=1.AAAA&t=1e3',
    '#' + '&'.repeat(10_000),
    '#s=1.' + '😀'.repeat(1000),
    '#\ufeffs=1.AAAA',
    '#s=1.' + toBase64Url(deflateSync(strToU8('\ufeff\ufeff{}'))),
    '#s=1.' + toBase64Url(new Uint8Array(1000).fill(0xff)),
    validLink + '&t=' + '\u202e',
    validLink.replace('&t=100', '&t=-0'),
    '#s=1.' + toBase64Url(deflateSync(Uint8Array.from([0xc3, 0x28, 0x7b, 0x7d]))), // malformed UTF-8
  ];
  for (const fragment of garbage) {
    it(`refuses ${JSON.stringify(fragment.slice(0, 40))}`, () => {
      door(fragment.slice(0, 40), () => decodeShareFragment(fragment));
      const result = decodeShareFragment(fragment);
      expect(result.ok && result.scenario !== null).toBe(false);
    });
  }
});

describe('random mutations (fast-check)', () => {
  const validTexts = CORPUS.filter((c) => c.ok && c.text.length < 5000).map((c) => c.text);

  /** A random edit of a text: delete, insert (hostile characters included), replace, duplicate. */
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', '"constructor":', '\u001b[2J', '\ufeff', '[[[[', '{"a":', '1e308', '-0', 'NaN', '"', ',', '}', ']', '\\u0000', '\n')) }),
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

  function apply(text: string, e: Edit): string {
    const at = text.length === 0 ? 0 : e.at % (text.length + 1);
    switch (e.kind) {
      case 'delete':
        return text.slice(0, at) + text.slice(at + e.length);
      case 'insert':
        return text.slice(0, at) + e.text + text.slice(at);
      case 'replace':
        return text.slice(0, at) + e.char + text.slice(at + 1);
      case 'duplicate':
        return text.slice(0, at) + text.slice(at, at + e.length).repeat(2) + text.slice(at + e.length);
    }
  }

  it('mutated JSON texts never throw: a scenario or one short line, as a file and as a link', () => {
    fc.assert(
      fc.property(fc.constantFrom(...validTexts), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const mutated = edits.reduce(apply, text);
        const asText = door('mutated text', () => parseScenarioText(mutated));
        const asLink = door('mutated link', () => decodeShareFragment(linkOf(mutated)));
        expect(asLink.ok).toBe(asText.ok);
      }),
      { numRuns: 400, seed: 16 },
    );
  });

  it('mutated values at random places in a valid scenario never throw', () => {
    const hostileValue = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(-0, 1e308, -1, 4294967296, 600001, 0.5, '', 'x'.repeat(65), '__proto__', null, [], {}),
    );
    const base = JSON.parse(CORPUS.find((c) => c.name === 'every action kind')!.text);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'key'), hostileValue), { minLength: 1, maxLength: 4 }), (mutations) => {
        const scenario = structuredClone(base);
        for (const [pick, how, value] of mutations) {
          // Walk to a random object or array inside the scenario and change one entry of it.
          const containers: Record<string, unknown>[] = [];
          const walk = (node: unknown) => {
            if (typeof node !== 'object' || node === null) return;
            containers.push(node as Record<string, unknown>);
            Object.values(node).forEach(walk);
          };
          walk(scenario);
          const target = containers[pick % containers.length];
          const keys = Object.keys(target);
          if (how === 'set' && keys.length > 0) target[keys[pick % keys.length]] = value;
          else Object.defineProperty(target, typeof value === 'string' ? value : `k${pick}`, { value, enumerable: true, configurable: true, writable: true });
        }
        door('mutated value', () => parseScenario(scenario));
        door('mutated value as a link', () => decodeShareFragment(linkOf(JSON.stringify(scenario))));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('mutated compressed bytes of a valid link never throw', () => {
    const bytes = fromBase64Url(validLink.slice('s=1.'.length, validLink.indexOf('&')))!;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(), (changes, cut) => {
        const mutated = bytes.slice(0, bytes.length - (cut % 4));
        for (const [at, value] of changes) mutated[at % mutated.length] = value;
        door('mutated bytes', () => decodeShareFragment('#s=1.' + toBase64Url(mutated)));
      }),
      { numRuns: 500, seed: 16 },
    );
  });
});

describe('the CLI, spawned, on a handful of hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consensus-lab-hostile-'));
  const root = join(__dirname, '..', '..');
  const names = [
    'deep nesting in actions (100 000 levels)',
    '100 000 levels of [',
    'protocol with an escape sequence',
    'a key with a newline',
    'params __proto__',
    'a huge array of numbers',
    'leading BOM',
  ];
  for (const name of names) {
    const c = CORPUS.find((entry) => entry.name === name)!;
    it(`${name}: exit ${c.ok ? 0 : 2}, ${c.ok ? 'a summary' : 'one short line on stderr'}`, () => {
      const path = join(dir, name.replace(/\W+/g, '-') + '.json');
      writeFileSync(path, c.text);
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', path], { cwd: root, encoding: 'utf8', timeout: 30_000 });
      expect(result.status).toBe(c.ok ? 0 : 2);
      if (c.ok) return expect(JSON.parse(result.stdout).protocol).toBe('raft');
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^sim: [^\n]*\n$/);
      expectShortLine(result.stderr.slice(0, -1), name);
    });
  }
});
