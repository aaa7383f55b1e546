/** One demo account per role (and a second consultant), printed on first `npm start`. */
export const DEMO_PASSWORD = 'Kansplek-demo-2026';
/**
 * The demo staff accounts' (admin, consultants, municipality) second factor: a fixed TOTP secret
 * (base32, RFC 6238 defaults), printed at start and in the README, so any authenticator app, or
 * `oathtool --totp -b <secret>`, gives the code. As public as the demo password: demo data only.
 */
export const DEMO_TOTP_SECRET = 'KANSPLEKDEMOKANSPLEKDEMOKANSPLEK';

export const DEMO_SERVICE_POINT = {
  name: 'Werkgeversservicepunt Midden-Gelderland',
  address: { street: 'Eusebiusbuitensingel', houseNumber: '53', postcode: '6828 HZ', city: 'Arnhem' },
};

/** Where a demo user works: the service point, a company (by key) or a municipality (by CBS code). */
export type DemoUserOrganisation =
  { servicePoint: true } | { company: string } | { municipalityCode: string };

export interface DemoUser {
  email: string;
  name: string;
  role: 'admin' | 'consultant' | 'contractor' | 'candidate' | 'municipality';
  organisation: DemoUserOrganisation;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@kansplek.nl', name: 'Femke Jansen', role: 'admin', organisation: { servicePoint: true } },
  {
    email: 'consultant@kansplek.nl',
    name: 'Sanne de Vries',
    role: 'consultant',
    organisation: { servicePoint: true },
  },
  {
    email: 'aannemer@kansplek.nl',
    name: 'Mark van Wijk',
    role: 'contractor',
    organisation: { company: 'vanWijk' },
  },
  {
    email: 'kandidaat@kansplek.nl',
    name: 'Youssef El Amrani',
    role: 'candidate',
    organisation: { servicePoint: true },
  },
  {
    email: 'gemeente@kansplek.nl',
    name: 'Pieter Bakker',
    role: 'municipality',
    organisation: { municipalityCode: 'GM0202' },
  },
  {
    email: 'consultant2@kansplek.nl',
    name: 'Ahmed Benali',
    role: 'consultant',
    organisation: { servicePoint: true },
  },
];
