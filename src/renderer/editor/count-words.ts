const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

/** Words and characters (spaces included, line breaks not) of the letter's text, as the status bar shows them. */
export function countWords(text: string): { words: number; characters: number } {
  let words = 0;
  if (segmenter) {
    for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  } else words = text.split(/\s+/).filter(Boolean).length;
  const characters = [...text.replace(/\n/g, '')].length;
  return { words, characters };
}
