import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetUrl } from '../dataset-url';
import { loadDataset } from '../load-dataset';

const fixture = readFileSync(resolve(__dirname, '../../../tests/fixtures/mini-dataset.json'), 'utf8');
const respond = (body: BodyInit, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;

describe('loadDataset', () => {
  it('loads and validates a good dataset', async () => {
    const d = await loadDataset('data/dataset.json', respond(fixture, { headers: { 'content-type': 'application/json' } }));
    expect(d.actors).toHaveLength(11);
  });

  it.each([
    ['missing (404)', respond('Not found', { status: 404 }), /not found at data\/dataset.json \(HTTP 404\).*npm run build:data/],
    ['missing (an SPA fallback page)', respond('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }), /answered with an HTML page/],
    // «لافروف» in Windows-1256, as a file saved by an old Arabic editor would hold it.
    ['in another encoding than UTF-8', respond(new Uint8Array([0x7b, 0x22, 0xe4, 0xc7, 0xdd, 0xd1, 0xe6, 0xdd, 0x22, 0x7d])), /is not UTF-8 text/],
    ['malformed JSON', respond('{"schemaVersion": 1, "documents": ['), /is not valid JSON/],
    ['wrong version', respond('{"schemaVersion": 2}'), /schema version 2 is not supported \(this app reads version 1\)/],
    ['wrong shape', respond('{"schemaVersion": 1, "documents": []}'), /data\/dataset.json: Validation error/],
    ['network down', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, /Could not fetch .*Failed to fetch/],
  ])('says what is wrong when the dataset is %s', async (_, f, message) => {
    await expect(loadDataset('data/dataset.json', f)).rejects.toThrow(message);
  });

  it('reads ?data= only for a relative .json path', () => {
    expect(datasetUrl('')).toBe('data/dataset.json');
    expect(datasetUrl('?data=bench/large.json')).toBe('bench/large.json');
    expect(datasetUrl('?data=https://evil.example/x.json')).toBe('data/dataset.json');
    expect(datasetUrl('?data=../secret.json')).toBe('data/dataset.json');
    expect(datasetUrl('?data=/abs.json')).toBe('data/dataset.json');
    expect(datasetUrl('?data=bench/large-folder/')).toBe('bench/large-folder/');
    expect(datasetUrl('?data=../folder/')).toBe('data/dataset.json');
    expect(datasetUrl('?data=folder')).toBe('data/dataset.json');
  });
});
