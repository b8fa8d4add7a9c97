/** The demo organisations: fictional names, real kinds of actor (the registry's organisation kinds). */
export interface DemoOrganization {
  id: string;
  name: string;
  kind:
    | 'BRAND'
    | 'SUPPLIER'
    | 'UNION'
    | 'REGULATOR'
    | 'AUDIT_FIRM'
    | 'CIVIL_SOCIETY'
    | 'INTERNATIONAL_ORGANIZATION'
    | 'EMPLOYER_ASSOCIATION';
  country: string;
  website: string | null;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const rows: [DemoOrganization['kind'], string, string][] = [
  ['BRAND', 'Atlas Outfitters', 'US'],
  ['BRAND', 'Pacific Trail Gear', 'US'],
  ['BRAND', 'Rheinwerk Apparel', 'DE'],
  ['BRAND', 'Maison Lumière', 'FR'],
  ['BRAND', 'Van Dijk Denim', 'NL'],
  ['BRAND', 'Calle Sol Moda', 'ES'],
  ['BRAND', 'Thames & Field', 'GB'],
  ['BRAND', 'Nordlicht Electronics', 'DE'],
  ['SUPPLIER', 'Dhaka Knit Composite', 'BD'],
  ['SUPPLIER', 'Chattogram Apparel Works', 'BD'],
  ['SUPPLIER', 'Saigon Stitch Company', 'VN'],
  ['SUPPLIER', 'Red River Footwear', 'VN'],
  ['SUPPLIER', 'Tonle Sap Garment Group', 'KH'],
  ['SUPPLIER', 'Tiruppur Cotton Mills', 'IN'],
  ['SUPPLIER', 'Bengaluru Fashion Exports', 'IN'],
  ['SUPPLIER', 'Ravi Denim Mills', 'PK'],
  ['SUPPLIER', 'Sialkot Sportswear', 'PK'],
  ['SUPPLIER', 'Pearl Delta Precision Electronics', 'CN'],
  ['SUPPLIER', 'Ningbo Harbour Knitwear', 'CN'],
  ['SUPPLIER', 'Priangan Textile Industries', 'ID'],
  ['SUPPLIER', 'Bosphorus Konfeksiyon', 'TR'],
  ['SUPPLIER', 'Rift Valley Apparel', 'ET'],
  ['SUPPLIER', 'Puebla Maquila Textil', 'MX'],
  ['UNION', 'Garment Workers Solidarity Federation', 'BD'],
  ['UNION', 'Mekong Textile Workers Union', 'VN'],
  ['UNION', 'Khmer Apparel Workers Union', 'KH'],
  ['UNION', 'Tamil Nadu Textile Workers Union', 'IN'],
  ['UNION', 'Global Industrial Workers Federation', 'DE'],
  ['REGULATOR', 'Bangladesh Labour Inspectorate', 'BD'],
  ['REGULATOR', 'Viet Nam Labour Inspectorate', 'VN'],
  ['REGULATOR', 'Cambodia Labour Inspectorate', 'KH'],
  ['REGULATOR', 'India Labour Inspectorate', 'IN'],
  ['REGULATOR', 'Mexico Federal Labour Inspectorate', 'MX'],
  ['REGULATOR', 'United States Labor Standards Office', 'US'],
  ['REGULATOR', 'German Labour Inspectorate', 'DE'],
  ['REGULATOR', 'Netherlands Labour Authority', 'NL'],
  ['AUDIT_FIRM', 'Veritas Social Audits', 'GB'],
  ['AUDIT_FIRM', 'Clearview Compliance', 'US'],
  ['AUDIT_FIRM', 'Lotus Ethical Assurance', 'CN'],
  ['AUDIT_FIRM', 'Meridian Workplace Assessment', 'NL'],
  ['CIVIL_SOCIETY', 'Clean Supply Chains Network', 'NL'],
  ['CIVIL_SOCIETY', 'Worker Rights Watch', 'US'],
  ['CIVIL_SOCIETY', 'Collectif Travail Équitable', 'FR'],
  ['CIVIL_SOCIETY', 'Dhaka Workers Legal Aid Centre', 'BD'],
  ['INTERNATIONAL_ORGANIZATION', 'International Labour Cooperation Office', 'CH'],
  ['INTERNATIONAL_ORGANIZATION', 'Better Factories Programme', 'CH'],
  ['EMPLOYER_ASSOCIATION', 'Bangladesh Apparel Employers Association', 'BD'],
  ['EMPLOYER_ASSOCIATION', 'Viet Nam Textile Employers Council', 'VN'],
  ['EMPLOYER_ASSOCIATION', 'Mexican Maquila Employers Association', 'MX'],
];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = rows.map(([kind, name, country]) => ({
  id: `org-${slug(name)}`,
  name,
  kind,
  country,
  website: kind === 'REGULATOR' ? null : `https://${slug(name)}.example.org`,
}));

export const organizationsOfKind = (kind: DemoOrganization['kind']) =>
  DEMO_ORGANIZATIONS.filter((organization) => organization.kind === kind);
