const DROPPED_ELEMENTS = 'style, meta, link, script, title, xml, o\\:p, colgroup';
const UNWRAPPED_ELEMENTS = new Set(['SPAN', 'FONT', 'O:P', 'DEL', 'INS', 'SMALL', 'BIG']);
const KEPT_ATTRIBUTES: Record<string, string[]> = { A: ['href'], OL: ['start'] };

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function wrapChildren(element: Element, tagName: string): void {
  const wrapper = element.ownerDocument.createElement(tagName);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}

/** Google Docs and Word say bold, italic and underline with inline styles; make them the elements the editor reads. */
function stylesToElements(root: Element): void {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[style]'))) {
    const style = element.style;
    const googleWrapper = element.tagName === 'B' && element.id.startsWith('docs-internal-guid');
    if (googleWrapper) continue;
    if (element.tagName === 'SPAN') {
      const weight = style.fontWeight;
      if (weight === 'bold' || Number(weight) >= 600) wrapChildren(element, 'strong');
      if (style.fontStyle === 'italic') wrapChildren(element, 'em');
      if (style.textDecoration.includes('underline') && !element.closest('a')) wrapChildren(element, 'u');
    } else if ((element.tagName === 'B' || element.tagName === 'STRONG') && (style.fontWeight === 'normal' || style.fontWeight === '400')) {
      element.setAttribute('data-not-bold', '');
    }
  }
  for (const element of Array.from(root.querySelectorAll('b[id^="docs-internal-guid"], [data-not-bold]'))) unwrap(element);
}

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

function wordListItem(paragraph: Element): WordListItem | null {
  const style = paragraph.getAttribute('style') ?? '';
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!match) return null;
  const marker = paragraph.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]');
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  return { paragraph, level: Number(match[1]), ordered: /^[0-9a-zA-Z]{1,4}[.)]$/.test(markerText) };
}

/** Word writes a list as paragraphs with `mso-list` styles; rebuild real nested lists from them. */
function wordListsToLists(root: Element): void {
  const paragraphs = Array.from(root.querySelectorAll('p'));
  let run: WordListItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const document = root.ownerDocument;
    const first = run[0]!.paragraph;
    const stack: { list: Element; level: number }[] = [];
    let top: Element | null = null;
    for (const item of run) {
      while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
      let current = stack[stack.length - 1];
      if (!current || current.level < item.level) {
        const list = document.createElement(item.ordered ? 'ol' : 'ul');
        if (current) (current.list.lastElementChild ?? current.list).append(list);
        else top = list;
        current = { list, level: item.level };
        stack.push(current);
      }
      const listItem = document.createElement('li');
      const content = document.createElement('p');
      content.append(...Array.from(item.paragraph.childNodes));
      listItem.append(content);
      current.list.append(listItem);
    }
    first.before(top!);
    for (const item of run) item.paragraph.remove();
    run = [];
  };
  for (const paragraph of paragraphs) {
    const item = wordListItem(paragraph);
    const previous = run[run.length - 1]?.paragraph;
    if (item && (!previous || previous.nextElementSibling === paragraph)) run.push(item);
    else {
      flush();
      if (item) run.push(item);
    }
  }
  flush();
}

/** Google Docs nests a list as a sibling of the item it belongs to; move it into that item. */
function nestStrayLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol'))) {
    const previous = list.previousElementSibling;
    if (previous?.tagName === 'LI') previous.append(list);
  }
}

/**
 * Cleans HTML pasted from Word or Google Docs: keeps headings, lists, bold, italic, underline and links,
 * and drops fonts, colours, classes and the wrappers both add.
 */
export function cleanPastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.body;
  for (const element of Array.from(body.querySelectorAll(DROPPED_ELEMENTS))) element.remove();
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  stylesToElements(body);
  wordListsToLists(body);
  nestStrayLists(body);
  for (const heading of Array.from(body.querySelectorAll('h3, h4, h5, h6'))) {
    const replacement = document.createElement('h2');
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (UNWRAPPED_ELEMENTS.has(element.tagName.toUpperCase())) {
      unwrap(element);
      continue;
    }
    const kept = KEPT_ATTRIBUTES[element.tagName] ?? [];
    const align = (element as HTMLElement).style?.textAlign;
    for (const attribute of Array.from(element.attributes)) {
      if (!kept.includes(attribute.name) && !attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
    }
    if ((element.tagName === 'P' || /^H[12]$/.test(element.tagName)) && ['center', 'right', 'justify'].includes(align ?? ''))
      element.setAttribute('style', `text-align: ${align}`);
  }
  for (const paragraph of Array.from(body.querySelectorAll('li > p:only-child'))) {
    if (paragraph.textContent?.trim() === '' && !paragraph.querySelector('br')) paragraph.remove();
  }
  return body.innerHTML;
}
