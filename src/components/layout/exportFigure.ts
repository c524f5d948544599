/**
 * Export of the current chapter's figure (SVG, PNG) and of its steps (CSV). The SVG is a clone
 * of the one on screen with every computed style written inline, so colours of the current
 * theme and the fonts in use travel with it.
 */
import type { Timeline } from '../../core/timeline';
import { valueAttr } from '../../core/format';

const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-decoration', 'text-anchor', 'dominant-baseline'];

export function chapterFigure(root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector('main svg[role="img"]');
}

export function figureSvgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    (to[i] as SVGElement).setAttribute('style', style);
  });
  const [w, h] = (svg.getAttribute('viewBox') ?? '0 0 800 600').split(/\s+/).slice(2).map(Number);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  // The page background, so the figure reads the same outside the app in either theme.
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('style', `fill:${getComputedStyle(document.body).backgroundColor}`);
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
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
      if (!ctx) return reject(new Error('no 2d canvas'));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty PNG'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the figure could not be drawn'));
    img.src = url;
  });
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One row per value: the given ones first (step 0), then each step's writes, in order. */
export function timelineCsv(t: Timeline<string>, header: string[], label: (id: string) => string): string {
  const rows = [header];
  for (const [id, v] of Object.entries(t.given)) rows.push(['0', 'given', id, label(id), valueAttr(v as number), '']);
  for (const s of t.steps) {
    for (const id of s.writes) {
      const v = s.values[id] as number;
      rows.push([String(s.index + 1), s.phase, id, label(id), Number.isFinite(v) ? valueAttr(v) : '', s.reads.join(' ')]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
