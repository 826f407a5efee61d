import { Fragment } from 'react';

/**
 * A symbol name with its subscripts set as subscripts: "da_f" → da<sub>f</sub>, "dWxh_{f}" likewise.
 * Unicode has no subscript f, g or z, so names of gate blocks are written with "_" and rendered here.
 */
export function Sub({ text }: { text: string }) {
  const parts = text.split(/_(\{[^}]*\}|[A-Za-z0-9]+)/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((p, k) =>
        k % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <sub key={k}>{p.replace(/^\{|\}$/g, '')}</sub>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <Fragment key={k}>{p}</Fragment>
        ),
      )}
    </>
  );
}
