import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { COLUMNS, DATA_SETS, csvParts, dataTable, jsonParts, type DataRow, type DataSetName, type DataTable } from './dataTables';
import { makeArticle } from './fixtures';

const toCsv = (data: DataTable) => [...csvParts(data)].join('');
const toJson = (data: DataTable) => [...jsonParts(data)].join('');

const article = makeArticle({
  slug: 'dam',
  title: 'Dam holds, "for now"',
  published: '2023-05-04',
  outlet: 'Valley Radio',
  sentences: { s1: 'The Water Board said the dam held on 3 May.' },
  events: [{ id: 'e1', sentence: 's1', text: 'the dam held on 3 May', date: '2023-05-03', precision: 'day' }],
  claims: [
    { id: 'c1', sentence: 's1', text: 'The dam held, "barely".', by: 'Water Board', kind: 'org' },
    { id: 'c2', sentence: 's2', text: 'It held.', by: 'Engineer Example', kind: 'person', status: 'confirmed', confirms: 'c1' },
  ],
  places: [{ id: 'p1', sentence: 's1', text: 'the dam', name: 'Greywater Dam' }],
  figures: [
    { id: 'f1', sentence: 's3', text: '259 square kilometres', kind: 'area', value: 259, unit: 'km2', by: 'Water Board', about: 'reservoir' },
    { id: 'f2', sentence: 's3', text: 'the size of Testshire', kind: 'area', value: 1, unit: 'reference:Testshire', by: 'Valley Radio' },
  ],
});

const options = {
  referenceArea: (name: string) => (name === 'Testshire' ? 300 : undefined),
  sentenceUrl: (slug: string, s: string) => `https://example.test/articles/${slug}/#${s}`,
};
type ListedTable = { columns: string[]; rows: DataRow[] };
const listed = ({ columns, rows }: DataTable): ListedTable => ({ columns, rows: [...rows] });
const tables = Object.fromEntries(DATA_SETS.map((name) => [name, listed(dataTable(name, [article], options))])) as Record<DataSetName, ListedTable>;

describe('dataTables', () => {
  it('gives each data set its columns, in order', () => {
    for (const name of DATA_SETS) expect(tables[name].columns).toEqual(COLUMNS[name]);
  });

  it('links every event and claim to its sentence and keeps confirmations as keys', () => {
    expect(tables.events.rows[0]).toMatchObject({ key: 'dam#e1', when: '3 May 2023', places: ['Greywater Dam'], actors: ['Water Board'], url: 'https://example.test/articles/dam/#s1' });
    expect(tables.claims.rows.map((r) => [r.key, r.confirms, r.confirmed_by])).toEqual([
      ['dam#c1', null, ['dam#c2']],
      ['dam#c2', 'dam#c1', []],
    ]);
  });

  it('gives areas in km² and sq mi, with the reference areas marked as such', () => {
    expect(tables.areas.rows).toEqual([
      { key: 'dam#f1', kind: 'reported', label: 'reservoir', km2: 259, sq_mi: 100, reported_by: 'Water Board', date: '2023-05-04', comparison: 'the size of Testshire', url: 'https://example.test/articles/dam/#s3' },
      { key: 'reference:Testshire', kind: 'reference', label: 'Testshire', km2: 300, sq_mi: 115.8, reported_by: null, date: null, comparison: null, url: null },
    ]);
    expect(tables.figures.rows.map((r) => [r.key, r.km2])).toEqual([['dam#f1', 259], ['dam#f2', 300]]);
  });
});

describe('csvParts and jsonParts', () => {
  it('writes CSV a spreadsheet reads back: quotes escaped, lists joined', () => {
    const csv = toCsv(tables.claims);
    expect(csv.split('\n')[0]).toBe(COLUMNS.claims.join(','));
    const back = csvParse(csv);
    expect(back[0]).toMatchObject({ claim: 'The dam held, "barely".', confirmed_by: 'dam#c2', verb: '' });
    expect(back[0]?.article).toBe('Dam holds, "for now"');
  });

  it('writes the JSON of every row, laid out as one JSON.stringify of the list, over several pieces', () => {
    const many: ListedTable = { columns: COLUMNS.claims, rows: Array.from({ length: 2500 }, (_, i) => ({ ...tables.claims.rows[0], key: `dam#c${i}`, confirmed_by: [`x#c${i}`, 'y#c1'] })) };
    expect([...jsonParts(many)].length).toBeGreaterThan(3);
    expect(toJson(many)).toBe(`${JSON.stringify(many.rows, null, 1)}\n`);
    expect(csvParse(toCsv(many)).map((r) => r.key)).toEqual(many.rows.map((r) => r.key));
  });

  it('writes a header even when there is nothing to list', () => {
    expect(toCsv({ columns: COLUMNS.events, rows: [] })).toBe(`${COLUMNS.events.join(',')}\n`);
    expect(JSON.parse(toJson({ columns: COLUMNS.events, rows: [] }))).toEqual([]);
  });
});
