// A <details> whose body is rendered only once it is opened: a closed list of hundreds of links (an actor's
// events on a large dataset) would otherwise be built and laid out on every selection, unseen.
import { useState, type ReactNode } from 'react';

interface Props {
  className?: string;
  /** Open at first (the body is then rendered at once). */
  initiallyOpen?: boolean;
  summary: ReactNode;
  children: ReactNode;
}

export function LazyDetails({ className, initiallyOpen = false, summary, children }: Props) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details className={className} open={initiallyOpen} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
