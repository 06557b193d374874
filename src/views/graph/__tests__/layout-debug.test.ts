import { it } from 'vitest';
import { buildDatasetIndex } from '../../../store/dataset-index';
import { loadFixture } from '../../../test/fixtures';
import { toGraphElements } from '../to-graph-elements';
import { computeLayout } from '../compute-layout';
it('debug', () => {
  const index = buildDatasetIndex(loadFixture());
  const p = computeLayout(toGraphElements(index, 'en'));
  console.log(JSON.stringify(p));
});
