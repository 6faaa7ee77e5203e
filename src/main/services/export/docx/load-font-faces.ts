import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FONT_FAMILIES, type FontFamily } from '../../../../shared/model/page-settings';
import { resourcesDir } from '../../resources-dir';

/** The four faces of a bundled family, as the bytes of their TrueType files. */
export interface FontFaces {
  name: string;
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Where each face lives: resources/fonts/<folder>/<file>, else the npm package it was copied from. */
const FACE_FILES: Record<FontFamily, { folder: string; prefix: string; packageName: string; packagePrefix: string }> = {
  serif: {
    folder: 'source-serif-4',
    prefix: 'SourceSerif4',
    packageName: '@expo-google-fonts/source-serif-4',
    packagePrefix: 'SourceSerif4',
  },
  sans: { folder: 'source-sans-3', prefix: 'SourceSans3', packageName: '@expo-google-fonts/source-sans-3', packagePrefix: 'SourceSans3' },
};

const RESOURCE_SUFFIX: Record<FaceName, string> = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' };
const PACKAGE_FACE: Record<FaceName, string> = {
  regular: '400Regular',
  bold: '700Bold',
  italic: '400Regular_Italic',
  boldItalic: '700Bold_Italic',
};

const loaded = new Map<FontFamily, FontFaces>();

function readFace(family: FontFamily, face: FaceName): Buffer {
  const files = FACE_FILES[family];
  const bundled = join(resourcesDir(), 'fonts', files.folder, `${files.prefix}-${RESOURCE_SUFFIX[face]}.ttf`);
  const packaged = join(
    dirname(resourcesDir()),
    'node_modules',
    files.packageName,
    PACKAGE_FACE[face],
    `${files.packagePrefix}_${PACKAGE_FACE[face]}.ttf`,
  );
  for (const path of [bundled, packaged]) if (existsSync(path)) return readFileSync(path);
  throw new Error(`The font file for ${FONT_FAMILIES[family].label} ${face} was not found at ${bundled} nor at ${packaged}.`);
}

/** The faces of a bundled family, read from disk once per process. */
export function loadFontFaces(family: FontFamily): FontFaces {
  let faces = loaded.get(family);
  if (!faces) {
    faces = {
      name: FONT_FAMILIES[family].label,
      regular: readFace(family, 'regular'),
      bold: readFace(family, 'bold'),
      italic: readFace(family, 'italic'),
      boldItalic: readFace(family, 'boldItalic'),
    };
    loaded.set(family, faces);
  }
  return faces;
}
