import { useEffect, useRef } from 'react';
import { useT } from '../../store/hooks';

const KEYS: [string, string][] = [
  ['→ / PageDown', 'keys.next'],
  ['← / PageUp', 'keys.prev'],
  ['Home / End', 'keys.ends'],
  ['P / F5', 'keys.present'],
  ['Esc', 'keys.leave'],
  ['B / .', 'keys.blank'],
  ['?', 'keys.help'],
];

/** The keyboard shortcuts, on `?`; a native modal dialog, so focus and Esc behave as expected. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d || typeof d.showModal !== 'function') return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('keys.title')}</h2>
      <table>
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('keys.note')}</p>
      <button type="button" onClick={onClose} autoFocus>
        {t('keys.close')}
      </button>
    </dialog>
  );
}
