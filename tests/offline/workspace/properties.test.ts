import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/offline/workspace/index';
import { createPropertiesService, emptyStores, STORE_FULL_ERROR, VALUE_TOO_LARGE_ERROR } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel();
  const stores = emptyStores();
  return { kernel, stores, PropertiesService: createPropertiesService(kernel, stores) };
}

describe('PropertiesService', () => {
  it('stores strings, gives null for a missing key, and lists keys', () => {
    const { stores, PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    expect(p.getProperty('x')).toBeNull();
    p.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string);
    expect(p.getProperty('n')).toBe('42');
    expect(p.getProperties()).toEqual({ n: '42', b: 'true' });
    expect(p.getKeys()).toEqual(['n', 'b']);
    expect(stores.document).toEqual({ n: '42', b: 'true' });
    p.deleteProperty('n');
    expect(p.getKeys()).toEqual(['b']);
  });

  it('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' });
    expect(p.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });

  it('keeps script, document and per-user stores apart', () => {
    const { kernel, PropertiesService } = setup();
    PropertiesService.getUserProperties().setProperty('k', 'mine');
    const other = kernel.beginExecution('trigger', undefined, 'lain@x.id');
    expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    kernel.endExecution(other);
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('mine');
  });

  it.each([
    [9 * 1024, false],
    [9 * 1024 + 1, true],
  ])('a value of %i bytes is refused: %s', (size, refused) => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    const set = () => p.setProperty('big', 'x'.repeat(size));
    if (refused) {
      expect(set).toThrow(VALUE_TOO_LARGE_ERROR);
      expect(p.getProperty('big')).toBeNull();
    } else expect(set).not.toThrow();
  });

  it('refuses to grow a store past 500 KB', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    for (let i = 0; i < 56; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => p.setProperty('k56', 'x'.repeat(9000))).toThrow(STORE_FULL_ERROR);
  });
});
