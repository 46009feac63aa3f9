import type { ReactNode } from 'react';

/** A definition list of the properties that have a value. */
export function PropertyList({ items }: { items: [label: string, value: ReactNode][] }) {
  const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (shown.length === 0) return null;
  return (
    <dl className="property-list">
      {shown.map(([label, value]) => (
        <div key={label} className="property">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
