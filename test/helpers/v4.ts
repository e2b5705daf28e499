// Facts about @clerk/clerk-sdk-node v4 that several tests check, read from the vendored table instead of restated.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const V4_EXPORTS = resolve(__dirname, '../../spec/v4-exports.txt');

/** The resource properties of a v4 client (`# resource API objects (14): …` in spec/v4-exports.txt). */
export function v4ClientResources(): string[] {
  const line = readFileSync(V4_EXPORTS, 'utf8')
    .split('\n')
    .find((text) => text.startsWith('# resource API objects'));
  const match = line && /^# resource API objects \((\d+)\): (.+)$/.exec(line);
  if (!match) throw new Error(`${V4_EXPORTS} has no "# resource API objects (N): …" line`);
  const names = (match[2] as string).trim().split(/\s+/);
  if (names.length !== Number(match[1])) throw new Error(`${V4_EXPORTS} lists ${names.length} resources but says ${match[1]}`);
  return names;
}
