// A full screen for one state of a view (loading, off, error…): a heading, what it means, what to do.
import type { ComponentChildren } from 'preact';

export function StateScreen({ title, tone = 'info', children }: { title: string; tone?: 'info' | 'warn' | 'error'; children?: ComponentChildren }) {
  return (
    <section class={`state state-${tone}`} aria-labelledby="state-title">
      <h1 id="state-title">{title}</h1>
      {children}
    </section>
  );
}
