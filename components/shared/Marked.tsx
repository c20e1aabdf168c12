// Text with one part emphasised in <mark>; page strings only ever become text nodes.
import { splitOnValue } from './text';

export function Marked({ content, value }: { content: string; value: string }) {
  return (
    <>
      {splitOnValue(content, value).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
