/**
 * Design tokens for code that draws on a canvas (Cytoscape, Chart.js) and cannot use `var(--…)`:
 * the values come from tokens.css, the one place colours are defined, so canvas and CSS cannot drift.
 */
export type TokenName = `--${string}`;
export type Tokens = (name: TokenName) => string;

/** The tokens as the page computed them (main.tsx loads tokens.css before anything renders). */
export const documentTokens: Tokens = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * The custom properties declared in a stylesheet's text, with `var()` references resolved: the same
 * values outside a page that loaded the CSS (the render benchmark builds the canvas style with it).
 */
export function tokensFromCss(css: string): Tokens {
  const declared = new Map<string, string>();
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) declared.set(m[1], m[2].trim());
  const resolve = (value: string, depth: number): string =>
    depth > 10 ? value : value.replace(/var\((--[\w-]+)\)/g, (_m, name: string) => resolve(declared.get(name) ?? '', depth + 1));
  return (name) => resolve(declared.get(name) ?? '', 0);
}
