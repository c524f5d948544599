/**
 * Narrower layouts of one formula, for a box too small for it on one line (TOOLCHAIN: KaTeX's
 * display mode never wraps). Only top-level places may break: outside braces, \left…\right,
 * environments and brackets. A formula is read as rows (the rows of a gathered/aligned block,
 * or equations side by side with \qquad), each row as a chain of relations (=, :=, \approx).
 */

interface Piece {
  /** The relation or operator this piece starts with ('' for the first piece of a row). */
  op: string;
  body: string;
}

const RELATIONS = ['=', '\\approx'];
/** After one of these a + or − is a sign, not a binary operator. */
const UNARY_AFTER = /(^|[=([{&,+-]|\\cdot|\\times|\\quad|\\qquad|\\approx)\s*$/;

// Sticky: matched where the walk is, without copying the rest of the string (a long formula's
// walk stays linear in its length).
const COMMAND = /\\([A-Za-z]+|.)/y;
const DELIMITER = /\s*(\\[A-Za-z]+|\\.|.)/y;
const ENV_NAME = /\s*\{[^}]*\}/y;

/**
 * Walks `tex` and calls `at(i, token)` for every token at depth 0 (outside braces, \left…\right,
 * \begin…\end and brackets). A token is a command (\\name or \\ plus one char) or one char.
 */
function walkTopLevel(tex: string, at: (i: number, token: string) => void): void {
  let depth = 0;
  let i = 0;
  while (i < tex.length) {
    const c = tex[i];
    let token = c;
    if (c === '\\') {
      COMMAND.lastIndex = i;
      token = COMMAND.exec(tex)?.[0] ?? c;
    }
    if (token === '\\begin' || token === '\\left') depth++;
    else if (token === '\\end' || token === '\\right') depth = Math.max(0, depth - 1);
    if (depth === 0 && !['\\end', '\\right'].includes(token)) at(i, token);
    if (token === '{' || token === '(' || token === '[') depth++;
    else if (token === '}' || token === ')' || token === ']') depth = Math.max(0, depth - 1);
    i += token.length;
    // \left( and \right) carry their delimiter, \begin and \end their name: skip them.
    const arg = token === '\\left' || token === '\\right' ? DELIMITER : token === '\\begin' || token === '\\end' ? ENV_NAME : undefined;
    if (arg) {
      arg.lastIndex = i;
      i += arg.exec(tex)?.[0].length ?? 0;
    }
  }
}

/** Splits at top-level occurrences of any of `seps`; returns the pieces, each with the separator it starts with. */
function splitAt(tex: string, isSep: (token: string, before: () => string) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let op = '';
  walkTopLevel(tex, (i, token) => {
    if (i < start) return;
    // `before` is cut only when asked for: cut at every token, the walk would be quadratic.
    if (isSep(token, () => tex.slice(start, i))) {
      pieces.push({ op, body: tex.slice(start, i).trim() });
      op = token;
      start = i + token.length;
    }
  });
  pieces.push({ op, body: tex.slice(start).trim() });
  return pieces;
}

/** The rows of a formula: a lone gathered/aligned block's rows, and equations separated by \qquad. */
export function rowsOf(tex: string): string[] {
  const t = tex.trim();
  const env = /^\\begin\{(gathered|aligned|gather\*?|align\*?)\}([\s\S]*)\\end\{\1\}$/.exec(t);
  let rows = [t];
  let outside = 0; // a token outside every environment means the block is not alone
  walkTopLevel(t, (_, token) => token.trim() && outside++);
  if (env && outside === 0) rows = splitAt(env[2], (tok) => tok === '\\\\').map((p) => p.body);
  return rows
    .flatMap((r) => splitAt(r, (tok) => tok === '\\qquad').map((p) => p.body))
    .map((r) => stripAmpersands(r))
    .filter((r) => r.length > 0);
}

function stripAmpersands(row: string): string {
  let out = '';
  let last = 0;
  walkTopLevel(row, (i, token) => {
    if (token === '&') {
      out += row.slice(last, i);
      last = i + 1;
    }
  });
  return (out + row.slice(last)).trim();
}

/** A row split before each top-level relation. */
function relationPieces(row: string): Piece[] {
  return fixColon(splitAt(row, (tok) => RELATIONS.includes(tok)));
}

/** A relation's right side split before each top-level binary + or −. */
function operatorPieces(body: string): Piece[] {
  return splitAt(body, (tok, before) => (tok === '+' || tok === '-') && before().trim() !== '' && !UNARY_AFTER.test(before()));
}

function fixColon(pieces: Piece[]): Piece[] {
  // "a := b": the walker sees ':' then '='; move the colon from the end of the left piece to the relation.
  return pieces.map((p, k) => {
    const next = pieces[k + 1];
    if (next?.op === '=' && p.body.endsWith(':')) return { ...p, body: p.body.slice(0, -1).trim() };
    const prev = pieces[k - 1];
    if (p.op === '=' && prev?.body.endsWith(':')) return { ...p, op: ':=' };
    return p;
  });
}

/**
 * The layouts to try, widest first: the formula as given; its rows as aligned lines broken at
 * every relation; the same also broken before top-level binary + and −. Duplicates are dropped.
 */
export function layouts(tex: string): string[] {
  const rows = rowsOf(tex).map(relationPieces);
  const lines = (breakOps: boolean) =>
    rows.flatMap(([lhs, ...rels]) => {
      if (rels.length === 0) return [lhs.body];
      return rels.flatMap((p, k) => {
        const parts = breakOps ? operatorPieces(p.body) : [{ op: '', body: p.body }];
        const first = `${k === 0 ? lhs.body + ' ' : ''}&${p.op} ${parts[0].body}`;
        return [first, ...parts.slice(1).map((q) => `&\\quad {}${q.op} ${q.body}`)];
      });
    });
  // One line is no narrower than the formula itself: only layouts that break are worth a try.
  const aligned = (ls: string[]) => (ls.length > 1 ? [`\\begin{aligned}${ls.join(' \\\\ ')}\\end{aligned}`] : []);
  const out = [tex, ...aligned(lines(false)), ...aligned(lines(true))];
  return out.filter((l, k) => out.indexOf(l) === k);
}
