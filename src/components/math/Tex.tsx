import { useEffect, useMemo, useState } from 'react';
import { FitTex } from './FitTex';

type Render = (tex: string, display: boolean) => string;
let render: Render | undefined;
let loading: Promise<Render> | undefined;
const load = () => (loading ??= import('./katex').then((m) => (render = m.renderTex)));

/**
 * A formula. The TeX always comes from the app's own timelines (numbers it formatted itself),
 * never from the URL or other user text, so its rendered HTML may be set directly. A displayed
 * formula fits its box (FitTex); an inline one flows with the text.
 */
export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const [ready, setReady] = useState<Render | undefined>(() => render);
  useEffect(() => {
    if (!ready) void load().then((r) => setReady(() => r));
  }, [ready]);
  const html = useMemo(() => (display ? undefined : ready?.(tex, false)), [ready, tex, display]);
  const Tag = display ? 'div' : 'span';
  if (!ready) return <Tag className="tex tex-loading" />;
  if (display) return <FitTex tex={tex} render={ready} />;
  return <Tag className="tex" dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}
