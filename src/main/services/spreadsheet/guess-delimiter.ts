const CANDIDATES = [',', ';', '\t', '|'] as const;

/** What a one-column list is split on: a character no spreadsheet text holds. */
export const NO_DELIMITER = '\u001f';

/**
 * The delimiter of delimited text: the candidate found the same number of times (at least once)
 * on the most of the first lines, quoted parts ignored; title lines without any count for none.
 * When no candidate is on a third of the lines, the text is one column ("Church of Christ, Justice
 * Ministries" on one line is a name, not two cells). `candidates` narrows the choice: a .txt file
 * or pasted text splits on tabs only, so commas inside names never split them.
 */
export function guessDelimiter(text: string, candidates: readonly string[] = CANDIDATES): string {
  const lines = text.slice(0, 65_536).split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 40).map((line) => line.replace(/"[^"]*"/g, ''));
  let best: { delimiter: string; score: number; mode: number } = { delimiter: ',', score: 0, mode: 0 };
  for (const delimiter of candidates) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    for (const [mode, score] of frequency) {
      if (score > best.score || (score === best.score && mode > best.mode)) best = { delimiter, score, mode };
    }
  }
  return best.score * 3 >= lines.length ? best.delimiter : NO_DELIMITER;
}
