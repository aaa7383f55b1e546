import axe from 'axe-core';

/**
 * The WCAG 2.1 A/AA problems axe finds in a rendered page (the rules the end-to-end checks use).
 * jsdom lays nothing out, so colour contrast is left to those browser checks.
 */
export async function accessibilityViolations(node: Element) {
  const results = await axe.run(node, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
