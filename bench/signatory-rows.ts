const PLACES = [
  'Nairobi', 'Kampala', 'Dakar', 'Abidjan', 'Kinshasa', 'Goma', 'Bamako', 'Accra', 'Lagos', 'Kano', 'Harare', 'Lusaka', 'Maputo', 'Johannesburg', 'Durban',
  'Addis Ababa', 'Khartoum', 'Cairo', 'Tunis', 'Rabat', 'Amman', 'Beirut', 'Erbil', 'Kabul', 'Lahore', 'Karachi', 'Dhaka', 'Kathmandu', 'Colombo', 'Manila',
  'Jakarta', 'Bangkok', 'Yangon', 'Phnom Penh', 'Hanoi', 'Bogotá', 'Medellín', 'Lima', 'Quito', 'La Paz', 'Santiago', 'Buenos Aires', 'São Paulo', 'Recife',
  'Caracas', 'Guatemala City', 'Tegucigalpa', 'San Salvador', 'Managua', 'Port-au-Prince', 'Kingston', 'Mexico City', 'Oaxaca', 'Kyiv', 'Kharkiv', 'Tbilisi',
  'Yerevan', 'Baku', 'Belgrade', 'Sarajevo', 'Pristina', 'Tirana', 'Bucharest', 'Warsaw', 'Berlin', 'Paris', 'Lyon', 'Brussels', 'The Hague', 'Geneva', 'Madrid',
];
const QUALIFIERS = [
  'Women’s', 'Youth', 'Lawyers’', 'Citizens’', 'Community', 'Independent', 'Popular', 'Democratic', 'Civic', 'Indigenous', 'Rural', 'Students’', 'Teachers’',
  'Journalists’', 'Victims’', 'Survivors’', 'Workers’', 'Farmers’', 'Doctors’', 'Interfaith', 'Diaspora', 'Grassroots', 'Volunteer', 'Human Rights',
];
const BODIES = [
  'Network', 'Centre', 'Coalition', 'Association', 'Initiative', 'Forum', 'Council', 'Foundation', 'Alliance', 'Institute', 'League', 'Movement', 'Union',
  'Collective', 'Observatory', 'Platform', 'Trust', 'Committee', 'Society', 'Clinic', 'Project', 'Watch', 'Group', 'Federation', 'Action',
];
const CAUSES = [
  'Justice', 'Peace', 'Accountability', 'Democracy', 'the Rule of Law', 'Transitional Justice', 'Press Freedom', 'Refugee Rights', 'Land Rights',
  'Gender Equality', 'Child Protection', 'Disability Rights', 'Environmental Justice', 'Fair Trials', 'Truth and Reconciliation', 'Minority Rights',
  'Freedom of Expression', 'Torture Prevention', 'Housing Rights', 'Access to Justice', 'Prison Reform', 'Civic Space', 'International Justice', 'Legal Aid',
  'Memory and Truth', 'Sustainable Development', 'Conflict Prevention', 'Election Monitoring', 'Anti-Corruption', 'Health Rights', 'Migrant Rights',
];
const COUNTRIES = ['Kenya', 'Uganda', 'Senegal', 'Côte d’Ivoire', 'DR Congo', 'Mali', 'Ghana', 'Nigeria', 'Zimbabwe', 'Zambia', 'Colombia', 'Peru', 'Brazil', 'Mexico', 'USA', 'Ukraine', 'Georgia', 'Nepal', 'Philippines', 'France', 'Germany', 'Spain', 'Bangladesh', 'Pakistan'];

/** A deterministic pseudo-random sequence, so every run imports the same rows. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` plausible signatory rows (Organization, Country, Email, Status), the same on every run: varied names,
 * with 3% repeated in other case or spacing (exact merges), 2% misspelt (suggestions) and 1% written as an acronym.
 */
export function signatoryRows(count = 10_000): string[][] {
  const random = seededRandom(20_261_123);
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;
  const rows: string[][] = [];
  const names: string[] = [];
  const countryOf = new Map<string, string>();
  while (rows.length < count) {
    const roll = random();
    let name: string;
    let original = '';
    if (roll < 0.03 && names.length > 10) {
      original = pick(names);
      name = `  ${original.toUpperCase()} `;
    } else if (roll < 0.05 && names.length > 10) {
      original = pick(names);
      const position = 3 + Math.floor(random() * (original.length - 4));
      name = original.slice(0, position) + original.slice(position + 1);
    } else if (roll < 0.06 && names.length > 10) {
      original = pick(names);
      name = original.split(/[\s–-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
    } else {
      const shape = random();
      if (shape < 0.4) name = `${pick(PLACES)} ${pick(QUALIFIERS)} ${pick(BODIES)} for ${pick(CAUSES)}`;
      else if (shape < 0.7) name = `${pick(QUALIFIERS)} ${pick(BODIES)} on ${pick(CAUSES)} – ${pick(PLACES)}`;
      else name = `${pick(BODIES)} for ${pick(CAUSES)} in ${pick(PLACES)}`;
      names.push(name);
    }
    const country = countryOf.get(original) ?? pick(COUNTRIES);
    countryOf.set(name, country);
    rows.push([name, country, `contact${rows.length}@example.org`, random() < 0.1 ? 'pending' : 'confirmed']);
  }
  return rows;
}
