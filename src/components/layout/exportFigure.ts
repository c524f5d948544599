/**
 * Export of the current chapter's figure as SVG or PNG: what is on screen, in the current theme.
 *
 * The chapter's figure is the one element marked `data-figure` inside the chapter's root (the
 * element with `data-chapter` and `data-shown-step`). Every chapter marks one; the export draws
 * its SVGs and its text (plot titles, legends) where they sit on screen, so the loss chapter's
 * two plots come out side by side in one file. Computed styles are written inline, so the
 * colours of the current theme and the fonts in use travel with the file.
 */

export const FIGURE_ATTR = 'data-figure';
const SVG_NS = 'http://www.w3.org/2000/svg';

const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'visibility', 'display', 'color', 'paint-order', 'transform', 'transform-origin', 'transform-box',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'letter-spacing', 'text-decoration',
  'text-anchor', 'dominant-baseline',
];

/** The figure of the chapter on screen, or null while it has none (e.g. its code is still loading). */
export function chapterFigure(chapter: string, root: ParentNode = document): Element | null {
  const scope = root.querySelector(`[data-chapter="${chapter}"][data-shown-step]`);
  return scope?.querySelector(`[${FIGURE_ATTR}]`) ?? null;
}

const hasBox = (r: DOMRect) => r.width > 0 && r.height > 0;

/** A copy of an on-screen SVG with every element's computed style written inline. */
function styledClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    to[i].setAttribute('style', STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
    // A theme variable in an attribute (fill="var(--positive)") means nothing outside the page;
    // the inline style above already holds its value.
    for (const a of [...to[i].attributes]) if (a.value.includes('var(')) to[i].removeAttribute(a.name);
  });
  return clone;
}

/** The figure's outermost SVGs that show (legend swatches too: they are part of what is seen). */
function svgParts(figure: Element): SVGSVGElement[] {
  if (figure instanceof SVGSVGElement) return [figure];
  return [...figure.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg') && hasBox(s.getBoundingClientRect()));
}

interface TextRun {
  text: string;
  rect: DOMRect;
  style: CSSStyleDeclaration;
}

/** The figure's HTML text (titles, captions, legends) as one run per line box, where each line sits. */
function textRuns(figure: Element): TextRun[] {
  if (figure instanceof SVGElement) return [];
  const runs: TextRun[] = [];
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg, .katex, .visually-hidden')) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden') continue;
    // Word by word, so that text wrapped over two lines comes out as two lines.
    let line: TextRun | null = null;
    for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rect = range.getClientRects()[0];
      if (!rect || !hasBox(rect)) continue;
      if (line && Math.abs(line.rect.top - rect.top) < rect.height / 2) {
        line.text += ` ${m[0]}`;
        line.rect = new DOMRect(line.rect.left, line.rect.top, rect.right - line.rect.left, line.rect.height);
      } else {
        line = { text: m[0], rect, style };
        runs.push(line);
      }
    }
  }
  return runs;
}

function textElement({ text, rect, style }: TextRun, origin: DOMRect): SVGTextElement {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(rect.left - origin.left));
  el.setAttribute('y', String(rect.top - origin.top + rect.height / 2));
  const font = ['font-family', 'font-size', 'font-weight', 'font-style'].map((p) => `${p}:${style.getPropertyValue(p)}`);
  el.setAttribute('style', [...font, `fill:${style.color}`, 'dominant-baseline:central', 'white-space:pre'].join(';'));
  el.textContent = text;
  return el;
}

/** The page background (body, else the root element), so the figure reads the same outside the app. */
function pageBackground(): string {
  const body = getComputedStyle(document.body).backgroundColor;
  return /^rgba\(.*,\s*0\)$|^transparent$/.test(body) ? getComputedStyle(document.documentElement).backgroundColor : body;
}

/** One standalone SVG of the figure, laid out as on screen. */
export function figureSvgText(figure: Element): string {
  const box = figure.getBoundingClientRect();
  const [w, h] = [Math.ceil(box.width), Math.ceil(box.height)];
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(h));
  out.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('style', `fill:${pageBackground()}`);
  out.append(bg);
  // Canvas layers (the training chapter's heatmap) go in as images, under the SVG drawn over them.
  for (const canvas of figure.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    if (!hasBox(r)) continue;
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', canvas.toDataURL('image/png'));
    image.setAttribute('x', String(r.left - box.left));
    image.setAttribute('y', String(r.top - box.top));
    image.setAttribute('width', String(r.width));
    image.setAttribute('height', String(r.height));
    image.setAttribute('preserveAspectRatio', 'none');
    out.append(image);
  }
  for (const svg of svgParts(figure)) {
    const r = svg.getBoundingClientRect();
    const part = styledClone(svg);
    part.setAttribute('x', String(r.left - box.left));
    part.setAttribute('y', String(r.top - box.top));
    part.setAttribute('width', String(r.width));
    part.setAttribute('height', String(r.height));
    out.append(part);
  }
  for (const run of textRuns(figure)) out.append(textElement(run, box));
  return new XMLSerializer().serializeToString(out);
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders the SVG text into a canvas at twice its size, for a crisp PNG on a slide. */
export function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = img.width * scale;
      canvas.height = img.height * scale;
      const ctx = canvas.getContext('2d');
      URL.revokeObjectURL(url);
      if (!ctx) return reject(new Error('no 2d canvas'));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty PNG'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the figure could not be drawn'));
    };
    img.src = url;
  });
}
