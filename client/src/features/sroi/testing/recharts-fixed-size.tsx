import type { ReactNode } from 'react';
import type * as Recharts from 'recharts';

/**
 * Recharts with a fixed chart size: jsdom lays nothing out, so ResponsiveContainer would measure 0×0
 * and draw nothing. Use as `jest.mock('recharts', () => rechartsWithFixedSize())`, as recharts' docs suggest.
 */
export function rechartsWithFixedSize(): typeof Recharts {
  const recharts = jest.requireActual<typeof Recharts>('recharts');
  return {
    ...recharts,
    ResponsiveContainer: ({ children }: { children: ReactNode }) => (
      <recharts.ResponsiveContainer width={800} height={400}>
        {children}
      </recharts.ResponsiveContainer>
    ),
  } as typeof Recharts;
}
