/** Line icons for the toolbar, drawn on a 16×16 grid. */
const PATHS = {
  undo: 'M5 4 2 7l3 3M2.5 7H10a3.5 3.5 0 0 1 0 7H7',
  redo: 'M11 4l3 3-3 3M13.5 7H6a3.5 3.5 0 0 0 0 7h3',
  alignLeft: 'M2 3h12M2 6.5h8M2 10h12M2 13.5h8',
  alignCenter: 'M2 3h12M4 6.5h8M2 10h12M4 13.5h8',
  alignRight: 'M2 3h12M6 6.5h8M2 10h12M6 13.5h8',
  alignJustify: 'M2 3h12M2 6.5h12M2 10h12M2 13.5h12',
  bulletList: 'M6 4h8M6 8h8M6 12h8M2.5 4h.5M2.5 8h.5M2.5 12h.5',
  orderedList: 'M6 4h8M6 8h8M6 12h8M2 3l1-.5V6M2 9h2l-2 3h2',
  numberingStart: 'M3 4.5 5 3v10M8 8h6M11.5 5.5 14 8l-2.5 2.5',
  indent: 'M2 3h12M7 6.5h7M7 10h7M2 13.5h12M2 6l2.5 2.25L2 10.5',
  outdent: 'M2 3h12M7 6.5h7M7 10h7M2 13.5h12M4.5 6 2 8.25l2.5 2.25',
  quote: 'M3 4v8M6 5h8M6 8h8M6 11h5',
  link: 'M7 9a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-.8.8M9 7a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l.8-.8',
  pageBreak: 'M2 2v4h12V2M2 14v-4h12v4M2 8h2M6 8h4M12 8h2',
} as const;
export type ToolbarIconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
