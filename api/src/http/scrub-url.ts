/** Query parameters whose values carry no free text: paging, sorting, codes and enumerations. */
const SAFE_PARAMS = new Set([
  'page',
  'limit',
  'sort',
  'order',
  'status',
  'stage',
  'role',
  'kind',
  'index',
  'from',
  'to',
  'year',
  'period',
  'format',
  'locale',
]);
const ID_PARAM = /Ids?$/;
// Invitation and reset links carry a one-time token as a path segment (43 base64url characters).
const TOKEN_SEGMENT = /\/[A-Za-z0-9_-]{43}(?=\/|$)/g;

/**
 * A URL fit for the log: search text (`q=`), names, e-mail addresses and any other free text in the
 * query are replaced by `[redacted]`, and one-time tokens in the path by `:token`. Parameters are
 * kept by name, so the line still tells what was asked.
 */
export function scrubUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = (queryAt < 0 ? url : url.slice(0, queryAt)).replace(TOKEN_SEGMENT, '/:token');
  if (queryAt < 0) return path;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is kept as it came and its value redacted.
      }
      const safe = SAFE_PARAMS.has(decoded) || ID_PARAM.test(decoded);
      return eq < 0 || safe ? pair : `${name}=[redacted]`;
    });
  return `${path}?${query.join('&')}`;
}
