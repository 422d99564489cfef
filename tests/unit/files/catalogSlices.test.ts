import { describe, expect, it } from 'vitest';
import { catalogFromRows, catalogFromRowsInSlices } from '@/lib/batch/catalog';
import { readTable } from '@/lib/files/table';
import { largeCatalogWorkbook } from '../../support/sellerFiles';

describe('catalogFromRowsInSlices', () => {
  it('shapes a workbook with metadata rows and a ragged row like the one-pass version, pausing between slices', async () => {
    const { rows } = await readTable(largeCatalogWorkbook(2500), 'catalog.xlsx');
    rows.push({ line: 9999, cells: ['1', '多一列', 'x', 'y', 'z'] });
    let pauses = 0;
    const sliced = await catalogFromRowsInSlices(rows, async () => void pauses++, 1000);
    expect(sliced).toEqual(catalogFromRows(rows));
    expect(sliced.rows).toHaveLength(2501);
    expect(sliced.errors).toEqual([{ line: 9999, message: '5 fields, the header has 4' }]);
    expect(pauses).toBe(3);
  });
});
