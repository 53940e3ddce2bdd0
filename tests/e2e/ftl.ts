// The interface's words as the translation files have them, so the journeys check that the app shows
// each language's own words (single-line messages only; plural messages are checked through the
// counts they produce).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['en', 'zh', 'ru', 'ky'] as const;
export type Tag = (typeof LOCALES)[number];

const cache = new Map<Tag, Map<string, string>>();

function load(tag: Tag): Map<string, string> {
  let m = cache.get(tag);
  if (m) return m;
  m = new Map();
  const text = readFileSync(join(__dirname, '../../crates/l10n/locales', `${tag}.ftl`), 'utf8');
  for (const line of text.split('\n')) {
    const hit = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
    if (hit && !hit[2].includes('->')) m.set(hit[1], hit[2]);
  }
  cache.set(tag, m);
  return m;
}

/** The message `id` of a language, with `{ $name }` / `{ NUMBER($name) }` placeholders filled in. */
export function msg(tag: Tag, id: string, args: Record<string, string | number> = {}): string {
  const raw = load(tag).get(id);
  if (raw === undefined) throw new Error(`${tag}.ftl has no single-line message ${id}`);
  return raw
    .replace(/\{\s*"(.*?)"\s*\}/g, '$1')
    .replace(/\{ (?:NUMBER\()?\$([a-z_]+)\)? \}/g, (_, name) => String(args[name] ?? `{${name}}`));
}
