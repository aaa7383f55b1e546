/** The demo region's organisations and one account per role, loaded on first `npm start`. */
export const DEMO_PASSWORD = 'Kansplek-demo-2026';

export type DemoOrganisationKey = 'servicePoint' | 'arnhem' | 'vanWijk';

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  kind: 'municipality' | 'service_point' | 'contractor' | 'social_enterprise';
  name: string;
  kvkNumber?: string;
  municipalityCode?: string;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'servicePoint', kind: 'service_point', name: 'Werkgeversservicepunt Midden-Gelderland' },
  { key: 'arnhem', kind: 'municipality', name: 'Gemeente Arnhem', municipalityCode: 'GM0202' },
  { key: 'vanWijk', kind: 'contractor', name: 'Van Wijk Bouw & Infra B.V.', kvkNumber: '09123456' },
];

export interface DemoUser {
  email: string;
  name: string;
  role: 'admin' | 'consultant' | 'contractor' | 'candidate' | 'municipality';
  organisation: DemoOrganisationKey;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@kansplek.nl', name: 'Femke Jansen', role: 'admin', organisation: 'servicePoint' },
  {
    email: 'consultant@kansplek.nl',
    name: 'Sanne de Vries',
    role: 'consultant',
    organisation: 'servicePoint',
  },
  { email: 'aannemer@kansplek.nl', name: 'Mark van Wijk', role: 'contractor', organisation: 'vanWijk' },
  {
    email: 'kandidaat@kansplek.nl',
    name: 'Youssef El Amrani',
    role: 'candidate',
    organisation: 'servicePoint',
  },
  { email: 'gemeente@kansplek.nl', name: 'Pieter Bakker', role: 'municipality', organisation: 'arnhem' },
];
