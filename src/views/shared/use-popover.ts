// A button that opens a panel: a click outside or Escape closes it, and Escape gives the focus back to the button.
import { useEffect, useId, useRef, useState } from 'react';

export function usePopover<T extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const root = useRef<T>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault(); // the app's Escape (clear the selection) waits for the next one
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    }
  };
  /** For the button that opens and closes the panel. */
  const toggleProps = { ref: toggle, 'aria-expanded': open, 'aria-controls': panelId, onClick: () => setOpen((o) => !o) };
  return { open, setOpen, root, toggle, toggleProps, panelId, onKeyDown };
}
