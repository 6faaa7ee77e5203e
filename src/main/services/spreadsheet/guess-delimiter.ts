const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of delimited text: the candidate found the same number of times (at least once)
 * on the most of the first lines, quoted parts ignored; title lines without any count for none.
 */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 40).map((line) => line.replace(/"[^"]*"/g, ''));
  let best: { delimiter: string; score: number; mode: number } = { delimiter: ',', score: 0, mode: 0 };
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    for (const [mode, score] of frequency) {
      if (score > best.score || (score === best.score && mode > best.mode)) best = { delimiter, score, mode };
    }
  }
  return best.delimiter;
}
