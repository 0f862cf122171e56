// docs/scenario-format.md is the format's contract for people: it must name every parameter,
// every action and the limits the code enforces, and the README must point to it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_NAMES, protocols } from '../../src/protocols/registry';
import { LIMITS } from '../../src/scenario/format';
import { FRAGMENT_CHARS_MAX } from '../../src/scenario/link';
import { actionSchema } from '../../src/scenario/schema';

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'scenario-format.md'), 'utf8');
const spaced = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

describe('docs/scenario-format.md', () => {
  it('names every parameter of every protocol and every action', () => {
    for (const name of PROTOCOL_NAMES) for (const spec of protocols[name].params) expect(doc, spec.name).toContain(`\`${spec.name}\``);
    for (const option of actionSchema.options) expect(doc).toContain(`| \`${option.entries.do.expects.replace(/"/g, '')}\` |`);
  });

  it('states the limits the code enforces', () => {
    for (const limit of [LIMITS.nodesMax, LIMITS.actionsMax, LIMITS.stringLengthMax, LIMITS.untilMsMax, LIMITS.seedMax, LIMITS.jsonBytesMax, FRAGMENT_CHARS_MAX]) {
      expect(doc, String(limit)).toContain(spaced(limit));
    }
  });

  it('is where the README points for the format', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/scenario-format.md)');
  });
});
