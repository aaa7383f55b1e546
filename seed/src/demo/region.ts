/**
 * The demo region Midden-Gelderland: the service point, its eight municipalities and the companies
 * that hold SROI contracts there. Company names are invented; municipality codes are the real CBS codes.
 */
export const DEMO_REGION_NAME = 'Midden-Gelderland';

export interface DemoMunicipality {
  name: string;
  code: string;
  postcode: string;
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  { name: 'Gemeente Arnhem', code: 'GM0202', postcode: '6811 AB' },
  { name: 'Gemeente Rheden', code: 'GM0275', postcode: '6991 AA' },
  { name: 'Gemeente Rozendaal', code: 'GM0277', postcode: '6891 AA' },
  { name: 'Gemeente Overbetuwe', code: 'GM1734', postcode: '6661 AA' },
  { name: 'Gemeente Lingewaard', code: 'GM1705', postcode: '6851 AA' },
  { name: 'Gemeente Duiven', code: 'GM0226', postcode: '6921 AA' },
  { name: 'Gemeente Westervoort', code: 'GM0293', postcode: '6931 AA' },
  { name: 'Gemeente Zevenaar', code: 'GM0299', postcode: '6901 AA' },
];

export type DemoSector =
  'construction' | 'cleaning' | 'security' | 'catering' | 'facility_services' | 'green_maintenance';

export interface DemoCompany {
  key: string;
  kind: 'contractor' | 'social_enterprise';
  name: string;
  kvkNumber: string;
  sector: DemoSector | 'social_enterprise';
  address: { street: string; houseNumber: string; postcode: string; city: string };
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'vanWijk',
    kind: 'contractor',
    name: 'Van Wijk Bouw & Infra B.V.',
    kvkNumber: '09123456',
    sector: 'construction',
    address: { street: 'Westervoortsedijk', houseNumber: '71', postcode: '6827 AT', city: 'Arnhem' },
  },
  {
    key: 'gelreSchoon',
    kind: 'contractor',
    name: 'Gelre Schoonmaak B.V.',
    kvkNumber: '09234567',
    sector: 'cleaning',
    address: { street: 'Kleefse Waard', houseNumber: '12', postcode: '6822 AA', city: 'Arnhem' },
  },
  {
    key: 'rijnBeveiliging',
    kind: 'contractor',
    name: 'Rijnstad Beveiliging B.V.',
    kvkNumber: '09345678',
    sector: 'security',
    address: { street: 'Nijverheidsweg', houseNumber: '4', postcode: '6921 AB', city: 'Duiven' },
  },
  {
    key: 'smaakvol',
    kind: 'contractor',
    name: 'Smaakvol Catering Oost B.V.',
    kvkNumber: '09456789',
    sector: 'catering',
    address: { street: 'Industrieweg', houseNumber: '20', postcode: '6902 PR', city: 'Zevenaar' },
  },
  {
    key: 'facilitair',
    kind: 'contractor',
    name: 'Facilitair Gelderland B.V.',
    kvkNumber: '09567890',
    sector: 'facility_services',
    address: { street: 'Zetelweg', houseNumber: '3', postcode: '6661 KD', city: 'Elst' },
  },
  {
    key: 'groenwerk',
    kind: 'contractor',
    name: 'Groenwerk Rijn & IJssel B.V.',
    kvkNumber: '09678901',
    sector: 'green_maintenance',
    address: { street: 'Rijksweg', houseNumber: '110', postcode: '6883 AG', city: 'Velp' },
  },
  {
    key: 'werkplaats',
    kind: 'social_enterprise',
    name: 'De Werkplaats Arnhem (sociale onderneming)',
    kvkNumber: '09789012',
    sector: 'social_enterprise',
    address: { street: 'Presikhaafweg', houseNumber: '8', postcode: '6823 AB', city: 'Arnhem' },
  },
  {
    key: 'fietsenfabriek',
    kind: 'social_enterprise',
    name: 'Fietsenfabriek Lingewaard (sociale onderneming)',
    kvkNumber: '09890123',
    sector: 'social_enterprise',
    address: { street: 'Dorpsstraat', houseNumber: '5', postcode: '6681 AA', city: 'Bemmel' },
  },
];
