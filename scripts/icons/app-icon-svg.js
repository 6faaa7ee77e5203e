// The app's icon, drawn here: a letter on a deep-blue tile, signed three times (a coalition's letter),
// with a gold seal. `document` draws the campaign file's icon: the same letter, no tile.

const SIGNATURES = [
  'M330 652 c 22 -38 44 -40 50 -12 s 18 30 40 -6 c 14 -22 26 -20 30 2 s 20 18 44 -8',
  'M330 712 c 30 -30 40 -8 54 -20 c 16 -14 24 -30 34 -2 c 8 22 28 10 44 -10 s 22 0 38 -6',
  'M520 682 c 18 -40 40 -36 44 -8 c 4 26 26 10 36 -10 c 10 -18 22 -8 28 6 s 24 6 40 -14',
];

function letter() {
  const lines = [300, 350, 400, 450, 500, 550]
    .map((y, index) => `<rect x="330" y="${y}" width="${index === 0 ? 200 : index === 5 ? 260 : 364}" height="18" rx="9" fill="#c9d3e0"/>`)
    .join('');
  const signatures = SIGNATURES.map((path) => `<path d="${path}" fill="none" stroke="#1d3a6e" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`).join('');
  return `
  <g filter="url(#shadow)">
    <path d="M282 200 H650 L742 292 V824 H282 Z" fill="#fdfcf8"/>
    <path d="M650 200 V292 H742 Z" fill="#dfe5ee"/>
  </g>
  ${lines}${signatures}
  <circle cx="668" cy="752" r="54" fill="#e0a526"/>
  <circle cx="668" cy="752" r="38" fill="none" stroke="#fdfcf8" stroke-width="8"/>
  <path d="M648 752 l 14 14 l 26 -28" fill="none" stroke="#fdfcf8" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** The SVG source of the icon, 1024 units square. */
export function appIconSvg({ document = false } = {}) {
  const tile = document
    ? ''
    : `<rect x="100" y="100" width="824" height="824" rx="184" fill="url(#tile)"/>
  <rect x="100" y="100" width="824" height="824" rx="184" fill="none" stroke="#ffffff" stroke-opacity="0.12" stroke-width="4"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2c5fa8"/>
      <stop offset="1" stop-color="#17325e"/>
    </linearGradient>
    <filter id="shadow" x="-20%" y="-20%" width="140%" height="140%">
      <feDropShadow dx="0" dy="14" stdDeviation="18" flood-color="#0b1830" flood-opacity="0.35"/>
    </filter>
  </defs>
  ${tile}
  ${letter()}
</svg>
`;
}
