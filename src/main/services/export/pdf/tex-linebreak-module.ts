import * as texLineBreakNamespace from 'tex-linebreak';

type TexLineBreak = typeof texLineBreakNamespace;

/** tex-linebreak ships a UMD bundle: Node's ESM loader exposes it as the default export, bundlers as named exports. */
export const texLineBreak: TexLineBreak = (texLineBreakNamespace as unknown as { default?: TexLineBreak }).default ?? texLineBreakNamespace;
