// Escape anywhere clears the selection (widgets that use Escape themselves stop it first).
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';

export function useEscapeClears(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) useAppStore.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
