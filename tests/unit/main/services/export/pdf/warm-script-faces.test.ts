import { describe, expect, it } from 'vitest';
import { loadFontFace } from '../../../../../../src/main/services/export/pdf/load-font-face';
import { warmScriptFaces } from '../../../../../../src/main/services/export/pdf/warm-script-faces';
import { scriptWords } from '../../../../../../src/main/services/export/script-words';

describe('warming the faces of names in other scripts', () => {
  it('takes the words of names that need a script face, and none from Latin, Greek or Cyrillic names', () => {
    const names = ['Kenya Human Rights Commission (Kenya)', 'Ελληνική Ένωση για τα Δικαιώματα', 'Мемориал', 'مركز القاهرة (Egypt)', '참여연대 (대한민국)', '참여연대 (대한민국)'];
    expect(scriptWords(names)).toEqual(['مركز', 'القاهرة', '참여연대', '(대한민국)']);
    expect(scriptWords(['Łódzkie Stowarzyszenie Praw Człowieka', 'Trung tâm Quyền Con người (Việt Nam)'])).toEqual([]);
  });

  it('shapes each word once in the family, in its script\'s face, so a letter printing it finds it shaped', () => {
    const words = scriptWords(['ארגון זכויות האדם', 'ศูนย์ทนายความเพื่อสิทธิมนุษยชน', 'অধিকার (বাংলাদেশ)']);
    warmScriptFaces(words, 'sans');
    const primary = loadFontFace('sans-regular');
    for (const word of words) expect(primary.shapedTexts.has(word), word).toBe(true);
    const faces = words.flatMap((word) => primary.shapedTexts.get(word)!.pieces.map((piece) => piece.face.name));
    expect(new Set(faces)).toEqual(new Set(['hebrew-regular', 'thai-regular', 'bengali-regular', 'sans-regular']));
  });
});
