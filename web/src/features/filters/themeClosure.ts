import type { ThemeOption } from './filterQueries';

/** The selected themes and every theme narrower than one of them (the thesaurus may nest several levels). */
export function themeClosure(selected: readonly string[], themes: readonly ThemeOption[]): Set<string> {
  const narrower = new Map<string, string[]>();
  for (const th of themes) {
    const children = new Set(th.narrower.map((n) => n.id));
    narrower.set(th.id, [...children]);
  }
  // `broader` is the same hierarchy seen from below; use it too in case only one side is filled.
  for (const th of themes) {
    for (const b of th.broader) {
      const list = narrower.get(b.id) ?? [];
      if (!list.includes(th.id)) narrower.set(b.id, [...list, th.id]);
    }
  }
  const result = new Set<string>();
  const stack = [...selected];
  while (stack.length) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(narrower.get(id) ?? []));
  }
  return result;
}
