import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import './panel.css';

/** A titled section of the lesson screen; the heading names the region for assistive tech. */
export function Panel({
  id,
  title,
  children,
  className,
}: {
  id: string;
  title: MessageKey;
  children: ReactNode;
  className?: string;
}) {
  const t = useT();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t(title)}</h2>
      {children}
    </section>
  );
}
