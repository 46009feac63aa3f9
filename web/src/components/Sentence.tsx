import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements in its placeholders: `text` is the message as written
 * ("Sinds {year} onderdeel van {successor}"), `parts` what goes in each: text or, say, a link.
 * Word order stays the language's own. A placeholder without a part is left as written.
 */
export function Sentence({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(/\{(\w+)\}/);
  return (
    <>
      {pieces.map((piece, i) => (
        // Odd pieces are the placeholder names.
        <Fragment key={i}>{i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece}</Fragment>
      ))}
    </>
  );
}
