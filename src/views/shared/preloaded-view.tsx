// A view whose code starts loading before it is first shown (a dynamic import begun at startup). Not React.lazy:
// that suspends on the first render even when the module has long arrived, and React 19 then holds a suspended
// boundary's content back until 300 ms after its fallback appeared. On a first visit the timeline and the graph
// came up that much late; here the view shows as soon as its code is there.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export function preloadedView<P extends object>(chunk: Promise<{ default: ComponentType<P> }>, fallback: ReactNode): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let failure: unknown = null;
  chunk.then(
    (m) => (loaded = m.default),
    (e: unknown) => (failure = e),
  );
  return function PreloadedView(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<unknown>(() => failure);
    useEffect(() => {
      if (View) return;
      let live = true;
      chunk.then(
        (m) => live && setView(() => m.default),
        (e: unknown) => live && setError(e),
      );
      return () => {
        live = false;
      };
    }, [View]);
    if (error) throw error; // to the nearest error boundary, as React.lazy would
    return View ? <View {...props} /> : fallback;
  };
}
