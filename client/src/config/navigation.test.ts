import { ROLES } from '@kansplek/api/contract';
import { matchRoutes } from 'react-router';
import { routes } from '@/app/routes';
import { NAV_BY_ROLE, NAV_ITEMS, navItemsFor, roleCanOpen } from './navigation';

describe('navigation per role', () => {
  it.each(ROLES)('%s starts at home and can reach notifications and the account', (role) => {
    const ids = navItemsFor(role).map((item) => item.id);
    expect(ids[0]).toBe('home');
    expect(ids).toEqual(expect.arrayContaining(['home', 'notifications', 'account']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only the admin manages users', () => {
    const rolesWithUsers = ROLES.filter((role) => roleCanOpen(role, 'users'));
    expect(rolesWithUsers).toEqual(['admin']);
  });

  it('every role in the contract has a navigation', () => {
    expect(Object.keys(NAV_BY_ROLE).sort()).toEqual([...ROLES].sort());
  });

  it.each(Object.entries(NAV_ITEMS))('the %s link opens a real page, not the 404', (_id, item) => {
    const matches = matchRoutes(routes, item.path) ?? [];
    const leaf = matches[matches.length - 1];
    expect(leaf).toBeDefined();
    expect(leaf?.route.path).not.toBe('*');
  });

  it('an unknown address ends at the 404 route', () => {
    const matches = matchRoutes(routes, '/bestaat-niet') ?? [];
    expect(matches[matches.length - 1]?.route.path).toBe('*');
  });
});
