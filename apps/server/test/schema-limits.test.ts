import * as Api from '@overblik/api';
import { describe, expect, it } from 'vitest';
import { itemMaxLengthOf, maxItemsOf, maxLengthOf } from '../src/spreadsheet/schema-limits.js';
import { supplierCellLimit } from '../src/usecases/suppliers/supplier-sheet.js';

describe("an import's limits, read from the API's request schemas", () => {
  it('given a text field, nullable or not, then its maxLength', () => {
    expect(maxLengthOf(Api.CreateContractRequest, 'number')).toBe(50);
    expect(maxLengthOf(Api.CreateContractRequest, 'name')).toBe(200);
    expect(maxLengthOf(Api.CreateContractRequest, 'esdhReference')).toBe(200);
    expect(maxLengthOf(Api.CreatePriceElementRequest, 'notes')).toBe(5000);
  });

  it('given a list field, then its maxItems and the maxLength of its items', () => {
    expect(maxItemsOf(Api.CreateContractRequest, 'tags')).toBe(30);
    expect(itemMaxLengthOf(Api.CreateContractRequest, 'tags')).toBe(50);
    expect(maxItemsOf(Api.CreateContractRequest, 'links')).toBe(30);
  });

  it('given a field the schema does not limit, then it is a mistake in the code, named', () => {
    expect(() => maxLengthOf(Api.CreateContractRequest, 'inForceFrom')).toThrow(/inForceFrom no maxLength/);
    expect(() => maxItemsOf(Api.CreateContractRequest, 'name')).toThrow(/name no maxItems/);
  });

  it("given the supplier sheet, then a cell is limited as the API limits its field, a label cell by the column's own bound", () => {
    expect(supplierCellLimit('name')).toBe(maxLengthOf(Api.CreateSupplierRequest, 'name'));
    expect(supplierCellLimit('notes')).toBe(10_000);
    expect(supplierCellLimit('postalCode')).toBe(20);
    expect(supplierCellLimit('country')).toBe(20);
    expect(supplierCellLimit('classification')).toBe(200);
  });
});
