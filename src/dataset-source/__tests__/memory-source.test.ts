import { MemorySource } from '../memory-source';
import { loadRealDataset } from '../../test/fixtures';
import { sourceContract } from './source-contract';

sourceContract('MemorySource over public/data/dataset.json', async () => new MemorySource(loadRealDataset()));
