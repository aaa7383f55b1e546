import type { IndexDefinition, SearchDocument, SearchEngine } from '../engine';

/** A few people with skills, a place and hours: enough to pin down every behaviour the platform relies on. */
const DOCS: SearchDocument[] = [
  {
    id: 'a',
    name: 'Anna de Vries',
    skills: ['schoonmaak', 'glazenwassen'],
    status: 'active',
    municipality: 'GM0202',
    hoursMax: 32,
    _geo: { lat: 51.984, lng: 5.909 },
  },
  {
    id: 'b',
    name: 'Bram Jansen',
    skills: ['beveiliging', 'portier'],
    status: 'active',
    municipality: 'GM0202',
    hoursMax: 40,
    _geo: { lat: 51.988, lng: 5.942 },
  },
  {
    id: 'c',
    name: 'Chantal Bakker',
    skills: ['schoonmaakwerk', 'keuken'],
    status: 'inactive',
    municipality: 'GM0275',
    hoursMax: 24,
    _geo: { lat: 51.995, lng: 5.978 },
  },
  {
    id: 'd',
    name: 'Dirk Visser',
    skills: ['timmerman', 'bouw'],
    status: 'active',
    municipality: 'GM0299',
    hoursMax: 38,
    _geo: { lat: 51.93, lng: 6.07 },
  },
  {
    id: 'e',
    name: 'Esra Yilmaz',
    skills: ['horeca', 'afwassen'],
    status: 'in_process',
    municipality: 'GM0299',
    hoursMax: 16,
    _geo: { lat: 51.925, lng: 6.08 },
  },
];

const ARNHEM = { lat: 51.984, lng: 5.909 };

export function definitionFor(name: string): IndexDefinition {
  return {
    name,
    version: 1,
    searchable: ['skills', 'name'],
    filterable: ['status', 'municipality', 'hoursMax', 'skills'],
    sortable: ['hoursMax', 'name'],
    synonyms: { schoonmaak: ['cleaning', 'reiniging'] },
  };
}

const ids = (hits: Array<{ document: SearchDocument }>) => hits.map((h) => h.document.id).sort();

/** One suite for every engine: the embedded one always, Meilisearch whenever MEILI_URL is set. */
export function engineContract(makeEngine: () => SearchEngine, indexName: () => string) {
  let engine: SearchEngine;
  let index: string;

  beforeAll(async () => {
    engine = makeEngine();
    index = indexName();
    await engine.ensureIndex(definitionFor(index));
    await engine.upsert(index, DOCS);
  });

  it('when a word has a typo, then it is still found ("scheonmaak" finds "schoonmaak")', async () => {
    const result = await engine.search(index, { q: 'scheonmaak' });
    expect(ids(result.hits)).toEqual(expect.arrayContaining(['a']));
    expect(ids(result.hits)).not.toContain('b');
  });

  it('when two neighbouring letters are swapped, then that is one typo ("bakekr" finds Bakker, "Jnasen" Jansen)', async () => {
    expect(ids((await engine.search(index, { q: 'bakekr' })).hits)).toEqual(['c']);
    expect(ids((await engine.search(index, { q: 'Jnasen' })).hits)).toEqual(['b']);
    expect(ids((await engine.search(index, { q: 'porteir bram' })).hits)).toEqual(['b']);
  });

  it('when the first letter is wrong, then that is two typos: too many under 9 letters, allowed from 9', async () => {
    expect((await engine.search(index, { q: 'pakker' })).total).toBe(0);
    expect((await engine.search(index, { q: 'Hansen' })).total).toBe(0);
    expect(ids((await engine.search(index, { q: 'klazenwassen' })).hits)).toEqual(['a']);
    expect((await engine.search(index, { q: 'klazenwasen' })).total).toBe(0);
  });

  it('when words are shorter than 5 letters, then no typo is forgiven; from 5 one, from 9 two', async () => {
    expect((await engine.search(index, { q: 'bram' })).total).toBe(1);
    expect((await engine.search(index, { q: 'brma jansen' })).total).toBe(0);
    expect(ids((await engine.search(index, { q: 'portir bram' })).hits)).toEqual(['b']);
    expect((await engine.search(index, { q: 'prtir bram' })).total).toBe(0);
    expect(ids((await engine.search(index, { q: 'glazwnwasen' })).hits)).toEqual(['a']);
  });

  it('when the last word is still being typed with a typo, then the words it begins are found', async () => {
    expect(ids((await engine.search(index, { q: 'Jnase' })).hits)).toEqual(['b']);
    expect(ids((await engine.search(index, { q: 'beveilg' })).hits)).toEqual(['b']);
  });

  it('when nothing is found, then a correction from the words of the index is suggested ("Bedoelde u …?")', async () => {
    expect((await engine.search(index, { q: 'Jnsaen' })).total).toBe(0);
    expect(await engine.suggest(index, { q: 'Jnsaen' })).toEqual(['jansen']);
    expect(await engine.suggest(index, { q: 'pakker' })).toEqual(['bakker']);
    // Words that find something stay as typed; only the one that finds nothing is corrected.
    expect(await engine.suggest(index, { q: 'portier Jnsaen' })).toEqual(['portier jansen']);
    const [suggestion] = await engine.suggest(index, { q: 'portier Jnsaen' });
    expect(ids((await engine.search(index, { q: suggestion })).hits)).toEqual(['b']);
  });

  it('when a suggestion is asked, then it comes only from documents the filters let through, and only when a word needs it', async () => {
    // Chantal Bakker is inactive: searching active people, her name is nobody's business.
    const active = [{ field: 'status', op: 'eq' as const, value: 'active' }];
    expect(await engine.suggest(index, { q: 'pakker', filters: active })).toEqual([]);
    expect(await engine.suggest(index, { q: 'Jnsaen', filters: active })).toEqual(['jansen']);
    expect(await engine.suggest(index, { q: 'Jnsaen', geo: { lat: 51.93, lng: 6.07, radiusKm: 3 } })).toEqual(
      [],
    );
    // Each word exists, only not together: there is nothing to correct.
    expect(await engine.suggest(index, { q: 'bram timmerman' })).toEqual([]);
    // A word nothing resembles.
    expect(await engine.suggest(index, { q: 'xqzwv' })).toEqual([]);
  });

  it('when a word is typed half, then prefixes match (search as you type)', async () => {
    expect(ids((await engine.search(index, { q: 'beveil' })).hits)).toEqual(['b']);
  });

  it('when one letter is typed, then every word starting with it matches, the more important field first', async () => {
    const result = await engine.search(index, { q: 'b', highlight: ['name'] });
    // Bram Jansen (beveiliging) and Dirk Visser (bouw) match in skills; Chantal Bakker in her name only.
    expect(ids(result.hits)).toEqual(['b', 'c', 'd']);
    expect(result.hits.at(-1)!.document.id).toBe('c');
    const bakker = result.hits.at(-1)!.highlights!.name!;
    // Meilisearch marks the typed part ("B"), the embedded engine the whole word.
    expect(['B', 'Bakker']).toContain(bakker.find((s) => s.match)?.text);
  });

  it('when a synonym is searched, then documents with the other word are found', async () => {
    expect(ids((await engine.search(index, { q: 'cleaning' })).hits)).toContain('a');
  });

  it('when several words are searched with matching all, then every word must match', async () => {
    expect(ids((await engine.search(index, { q: 'bram beveiliging' })).hits)).toEqual(['b']);
    expect((await engine.search(index, { q: 'bram timmerman' })).total).toBe(0);
  });

  it('when filters are given, then equality, lists, exclusions, ranges and array fields all apply', async () => {
    const eq = await engine.search(index, { filters: [{ field: 'status', op: 'eq', value: 'active' }] });
    expect(ids(eq.hits)).toEqual(['a', 'b', 'd']);
    const inList = await engine.search(index, {
      filters: [{ field: 'municipality', op: 'in', values: ['GM0275', 'GM0299'] }],
    });
    expect(ids(inList.hits)).toEqual(['c', 'd', 'e']);
    const notIn = await engine.search(index, {
      filters: [{ field: 'status', op: 'not_in', values: ['active'] }],
    });
    expect(ids(notIn.hits)).toEqual(['c', 'e']);
    const range = await engine.search(index, {
      filters: [
        { field: 'hoursMax', op: 'gte', value: 24 },
        { field: 'hoursMax', op: 'lt', value: 38 },
      ],
    });
    expect(ids(range.hits)).toEqual(['a', 'c']);
    const arrayField = await engine.search(index, {
      filters: [{ field: 'skills', op: 'eq', value: 'keuken' }],
    });
    expect(ids(arrayField.hits)).toEqual(['c']);
  });

  it('when facets are asked, then counts come back for the filtered result', async () => {
    const result = await engine.search(index, {
      filters: [{ field: 'status', op: 'in', values: ['active', 'in_process'] }],
      facets: ['municipality', 'status'],
    });
    expect(result.facets.municipality).toEqual({ GM0202: 2, GM0299: 2 });
    expect(result.facets.status).toEqual({ active: 3, in_process: 1 });
  });

  it('when a geo radius is given, then only documents within it come back, with their distance', async () => {
    const result = await engine.search(index, { geo: { ...ARNHEM, radiusKm: 6 } });
    expect(ids(result.hits)).toEqual(['a', 'b', 'c']);
    const velp = result.hits.find((h) => h.document.id === 'c')!;
    expect(velp.distanceKm).toBeGreaterThan(4);
    expect(velp.distanceKm).toBeLessThan(6);
  });

  it('when sorted by a field or by distance, then the order follows', async () => {
    const byHours = await engine.search(index, { sort: [{ field: 'hoursMax', direction: 'desc' }] });
    expect(byHours.hits.map((h) => h.document.id)).toEqual(['b', 'd', 'a', 'c', 'e']);
    const byDistance = await engine.search(index, {
      geo: ARNHEM,
      sort: [{ field: '_geo', direction: 'asc' }],
    });
    expect(byDistance.hits.map((h) => h.document.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('when words and a sort are both given, then relevance comes first and the sort breaks ties', async () => {
    const extra: SearchDocument[] = [
      { id: 'x1', name: 'Xander Oost', skills: ['vorkheftruck'], status: 'active', hoursMax: 30 },
      { id: 'x2', name: 'Yara West', skills: ['vorkheftrack'], status: 'active', hoursMax: 12 },
      { id: 'x3', name: 'Zeno Noord', skills: ['vorkheftruck'], status: 'active', hoursMax: 20 },
    ];
    await engine.upsert(index, extra);
    try {
      const result = await engine.search(index, {
        q: 'vorkheftruck',
        sort: [{ field: 'hoursMax', direction: 'asc' }],
      });
      // Exact matches before the one with a typo, and among them fewer hours first.
      expect(result.hits.map((h) => h.document.id)).toEqual(['x3', 'x1', 'x2']);
    } finally {
      await engine.remove(
        index,
        extra.map((d) => d.id),
      );
    }
  });

  it('when paginated, then pages do not overlap and the total counts everything', async () => {
    const sort = [{ field: 'name', direction: 'asc' as const }];
    const first = await engine.search(index, { sort, page: 1, limit: 2 });
    const third = await engine.search(index, { sort, page: 3, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.hits.map((h) => h.document.id)).toEqual(['a', 'b']);
    expect(third.hits.map((h) => h.document.id)).toEqual(['e']);
    expect(third.page).toBe(3);
  });

  it('when highlighting is asked, then the matched word is marked', async () => {
    const result = await engine.search(index, { q: 'bram', highlight: ['name'] });
    const segments = result.hits[0]!.highlights.name!;
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Bram']);
    expect(segments.map((s) => s.text).join('')).toBe('Bram Jansen');
  });

  it('when a document is replaced, then the new text is found and the old is not', async () => {
    await engine.upsert(index, [{ ...DOCS[3]!, skills: ['metselaar'] }]);
    expect(ids((await engine.search(index, { q: 'metselaar' })).hits)).toEqual(['d']);
    expect((await engine.search(index, { q: 'timmerman' })).total).toBe(0);
    expect(await engine.count(index)).toBe(5);
  });

  it('when documents are deleted, then they are gone from search, filters and counts', async () => {
    await engine.remove(index, ['e', 'does-not-exist']);
    expect(await engine.count(index)).toBe(4);
    expect((await engine.search(index, { q: 'horeca' })).total).toBe(0);
    const all = await engine.search(index, { facets: ['municipality'] });
    expect(all.facets.municipality).toEqual({ GM0202: 2, GM0275: 1, GM0299: 1 });
  });

  it('when replaced and deleted documents leave one value behind, then filters on it still count exactly', async () => {
    await engine.upsert(index, [{ ...DOCS[3]!, municipality: 'GM0202' }]);
    await engine.remove(index, ['c']);
    const everyone = await engine.search(index, {
      filters: [{ field: 'municipality', op: 'eq', value: 'GM0202' }],
    });
    expect(ids(everyone.hits)).toEqual(['a', 'b', 'd']);
    const gone = await engine.search(index, {
      filters: [{ field: 'municipality', op: 'in', values: ['GM0275', 'GM0299'] }],
    });
    expect(gone.total).toBe(0);
    const none = await engine.search(index, {
      filters: [{ field: 'municipality', op: 'not_in', values: ['GM0202'] }],
    });
    expect(none.total).toBe(0);
  });

  it('when fields are named, then each hit carries only those and its id, with its distance still given', async () => {
    const result = await engine.search(index, {
      q: 'schoonmaak',
      fields: ['name', 'hoursMax'],
      geo: { lat: 51.984, lng: 5.909 },
    });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) {
      expect(Object.keys(hit.document).sort()).toEqual(['hoursMax', 'id', 'name']);
      expect(hit.distanceKm).toEqual(expect.any(Number));
    }
  });

  it('when a document is asked for by id, then it comes back as indexed; an unknown id gives null', async () => {
    expect(await engine.get(index, 'b')).toMatchObject({ id: 'b', name: 'Bram Jansen', hoursMax: 40 });
    expect(await engine.get(index, 'nobody')).toBeNull();
  });

  it('when older versions are retired, then the current index stays whole', async () => {
    const before = await engine.count(index);
    expect(await engine.retireOlderVersions(index)).toEqual([]);
    expect(await engine.count(index)).toBe(before);
  });

  it('when the index is cleared, then nothing is left', async () => {
    await engine.clear(index);
    expect(await engine.count(index)).toBe(0);
    expect((await engine.search(index, {})).total).toBe(0);
  });
}
