import { visiblePages } from './pagination';

describe('visiblePages', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 10, [1, 2, 3, 'gap', 10]],
    [6, 12, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]],
    [12, 12, [1, 'gap', 10, 11, 12]],
    [4, 8, [1, 2, 3, 4, 5, 6, 7, 8]],
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, 'gap', 10]],
  ])('page %i of %i shows %j', (current, pages, expected) => {
    expect(visiblePages(current, pages)).toEqual(expected);
  });
});
