// Saved views ("slides"): a title, a caption and the view to show. Kept in the browser (localStorage),
// apart from the app store, so loading another dataset never loses them.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ViewState } from '../store/view-state';

export interface Slide {
  id: string;
  title: string;
  caption: string;
  view: ViewState;
}

export interface SlidesState {
  slides: Slide[];
  add: (title: string, caption: string, view: ViewState) => Slide;
  update: (id: string, changes: Partial<Pick<Slide, 'title' | 'caption' | 'view'>>) => void;
  /** Moves a slide to another position (0-based), keeping the others' order. */
  move: (id: string, toIndex: number) => void;
  remove: (id: string) => void;
  /** Replaces every slide (an import that has already been validated). */
  replaceAll: (slides: Slide[]) => void;
  /** Adds imported slides after the existing ones; an imported id already in use gets a new one. */
  append: (slides: Slide[]) => void;
}

export const SLIDES_STORAGE_KEY = 'actors-events.slides';

const newId = () => (globalThis.crypto?.randomUUID?.() ?? `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`);

export const useSlidesStore = create<SlidesState>()(
  persist(
    (set, get) => ({
      slides: [],
      add: (title, caption, view) => {
        const slide: Slide = { id: newId(), title, caption, view };
        set({ slides: [...get().slides, slide] });
        return slide;
      },
      update: (id, changes) => set({ slides: get().slides.map((s) => (s.id === id ? { ...s, ...changes } : s)) }),
      move: (id, toIndex) => {
        const slides = [...get().slides];
        const from = slides.findIndex((s) => s.id === id);
        if (from < 0) return;
        const [slide] = slides.splice(from, 1);
        slides.splice(Math.max(0, Math.min(toIndex, slides.length)), 0, slide);
        set({ slides });
      },
      remove: (id) => set({ slides: get().slides.filter((s) => s.id !== id) }),
      replaceAll: (slides) => set({ slides: [...slides] }),
      append: (incoming) => {
        const taken = new Set(get().slides.map((s) => s.id));
        const fresh = incoming.map((s) => {
          const slide = taken.has(s.id) ? { ...s, id: newId() } : s;
          taken.add(slide.id);
          return slide;
        });
        set({ slides: [...get().slides, ...fresh] });
      },
    }),
    { name: SLIDES_STORAGE_KEY, version: 1, storage: createJSONStorage(() => localStorage), partialize: (s) => ({ slides: s.slides }) },
  ),
);
