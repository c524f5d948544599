import { describe, expect, it } from 'vitest';
import { GRAPH_NODES } from '../../core/graph';
import { GRAPH_MODES } from '../../core/graphTimeline';
import { graphLayout, overlaps, type Box } from './graphLayout';
import { derivativeNodes } from './graphView';

describe('graph layout', () => {
  for (const mode of GRAPH_MODES) {
    const layout = graphLayout(derivativeNodes(mode));
    const boxes: [string, Box][] = [
      ...GRAPH_NODES.map((n): [string, Box] => [`node ${n}`, layout.nodes[n]]),
      ...layout.edges.map((e): [string, Box] => [`label ${e.edge.partial}`, e.label]),
      ...Object.entries(layout.gradients).map(([x, b]): [string, Box] => [`gradient ${x}`, b]),
    ];

    it(`keeps every box inside the view and apart from the others (${mode})`, () => {
      for (const [name, b] of boxes) {
        expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= layout.view.w && b.y + b.h <= layout.view.h, name).toBe(true);
      }
      for (const [i, [p, pb]] of boxes.entries()) {
        for (const [q, qb] of boxes.slice(i + 1)) expect(overlaps(pb, qb), `${p} overlaps ${q}`).toBe(false);
      }
    });

    it(`draws each edge upward from its tail's border to its head's (${mode})`, () => {
      for (const g of layout.edges) {
        const [from, to] = [layout.nodes[g.edge.from], layout.nodes[g.edge.to]];
        expect(g.start.y, g.edge.partial).toBeLessThanOrEqual(from.y);
        expect(g.end.y, g.edge.partial).toBeGreaterThan(to.y + to.h);
      }
    });
  }

  it('makes the nodes that carry a derivative line taller', () => {
    const forward = graphLayout(derivativeNodes('forward'));
    const paths = graphLayout(derivativeNodes('paths'));
    expect(forward.nodes.c.h).toBeGreaterThan(paths.nodes.c.h);
    expect(derivativeNodes('reverse')).toEqual(['e']);
  });
});
