// Briefing state that is not part of a view: presentation mode, playback and the period comparison.
// The graph and the timeline read it (large type, animated moves, comparison colours); the briefing
// views change it.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { useAppStore } from '../store/app-store';
import type { Interval } from '../store/time';
import type { TieChanges } from './compare-periods';

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];
export type PlaybackStatus = 'idle' | 'playing' | 'paused';
export type BriefingDrawer = 'slides' | 'compare';

/** Two periods to compare: how the ties of A changed in B. */
export interface ComparedPeriods {
  a: Interval;
  b: Interval;
}

/** The compared periods' tie changes: being read (a dataset folder's source answers later), read, or failed. */
export type ComparisonTies = { status: 'reading' } | ({ status: 'done' } & TieChanges) | { status: 'failed'; message: string };

export interface Comparison extends ComparedPeriods {
  /** Worked out once (comparison-coordinator.ts); the compare panel and the graph's colours both read it. */
  ties: ComparisonTies;
}

export interface BriefingState {
  /** The briefing drawer's open tab, or null when it is closed. */
  drawer: BriefingDrawer | null;
  /** Presentation mode: large type, no controls, slides stepped through with the keyboard. */
  presenting: boolean;
  /** The slide shown in presentation mode (0-based). */
  slideIndex: number;
  playback: PlaybackStatus;
  speed: PlaybackSpeed;
  /** The window shown before playback started; stop returns to it. */
  playbackOrigin: Interval | null;
  /** The two periods compared on the graph, or null when no comparison is shown. */
  comparison: Comparison | null;
  setDrawer: (drawer: BriefingDrawer | null) => void;
  startPresenting: (slideIndex: number) => void;
  stopPresenting: () => void;
  setSlideIndex: (slideIndex: number) => void;
  play: () => void;
  pause: () => void;
  /** Stops and returns to the window shown before playback. */
  stop: () => void;
  /** The sweep reached the end: stop there. */
  finishPlayback: () => void;
  setSpeed: (speed: PlaybackSpeed) => void;
  /** Compares two periods (their ties are then read), or stops comparing. */
  setComparison: (periods: ComparedPeriods | null) => void;
  /** The ties of the periods compared, as the coordinator read them. */
  setComparisonTies: (ties: ComparisonTies) => void;
}

export const useBriefingStore = create<BriefingState>()(
  subscribeWithSelector((set, get) => ({
    drawer: null,
    presenting: false,
    slideIndex: 0,
    playback: 'idle',
    speed: 1,
    playbackOrigin: null,
    comparison: null,
    setDrawer: (drawer) => set({ drawer }),
    startPresenting: (slideIndex) => set({ presenting: true, slideIndex }),
    // A slide shows its own window: playback inside the previous slide ends where it was.
    stopPresenting: () => set({ presenting: false, playback: 'idle', playbackOrigin: null }),
    setSlideIndex: (slideIndex) => set({ slideIndex, playback: 'idle', playbackOrigin: null }),
    play: () => {
      const app = useAppStore.getState();
      // Contacts appear and fade only when the graph follows the window.
      app.setWindowFilter(true);
      set({ playback: 'playing', playbackOrigin: get().playbackOrigin ?? app.timeWindow });
    },
    pause: () => {
      if (get().playback === 'playing') set({ playback: 'paused' });
    },
    stop: () => {
      const origin = get().playbackOrigin;
      set({ playback: 'idle', playbackOrigin: null });
      if (origin) useAppStore.getState().setTimeWindow(origin);
    },
    finishPlayback: () => set({ playback: 'idle', playbackOrigin: null }),
    setSpeed: (speed) => set({ speed }),
    setComparison: (periods) => set({ comparison: periods && { a: periods.a, b: periods.b, ties: { status: 'reading' } } }),
    setComparisonTies: (ties) => {
      const comparison = get().comparison;
      if (comparison) set({ comparison: { ...comparison, ties } });
    },
  })),
);
