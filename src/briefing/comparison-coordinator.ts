// Works out the period comparison the briefing store holds, once per question, and hands the tie changes back to
// it: the compare panel lists them and the graph colours them from there. A dataset folder's ties are its source's
// answer for each period, so they come later; the question is asked again when the periods or the dataset change,
// and an answer that comes after that is dropped.
import { shallow } from 'zustand/shallow';
import { useAppStore } from '../store/app-store';
import { latestQuestion } from '../store/folder-coordinator';
import { useBriefingStore } from './briefing-store';
import { comparePeriods } from './compare-periods';

/** Follows the periods compared and the dataset shown; returns the function that stops. */
export function followComparison(): () => void {
  const compared = latestQuestion();
  const ask = () => {
    const stillAsked = compared();
    const { comparison, setComparisonTies } = useBriefingStore.getState();
    if (!comparison) return;
    if (comparison.ties.status !== 'reading') setComparisonTies({ status: 'reading' });
    const { folder, index } = useAppStore.getState();
    // Asked again once a dataset is shown.
    if (!index) return;
    comparePeriods(folder ? { source: folder.source } : { index }, comparison.a, comparison.b).then(
      (changes) => {
        if (stillAsked()) setComparisonTies({ status: 'done', ...changes });
      },
      (e) => {
        if (stillAsked()) setComparisonTies({ status: 'failed', message: (e as Error).message });
      },
    );
  };
  const stops = [
    useBriefingStore.subscribe((b) => [b.comparison?.a, b.comparison?.b] as const, ask, { equalityFn: shallow }),
    // A folder's index changes as passages are read; its ties do not: its source is what they come from.
    useAppStore.subscribe((s) => s.folder?.source ?? s.index, ask),
  ];
  ask();
  return () => stops.forEach((stop) => stop());
}
