/** English strings: graph. Keys are shared with ../zh/graph.ts (a test checks both match). */
export const graph = {
  'graph.step.c': 'Evaluate c = a + b and keep it.',
  'graph.step.d': 'Evaluate d = b + 1 and keep it.',
  'graph.step.e': 'Evaluate e = c · d and keep it.',
  'graph.step.one': 'The local partial of a sum with respect to one of its terms is 1.',
  'graph.step.de_dc': 'Product rule: the local partial of e = c·d with respect to c is d.',
  'graph.step.de_dd': 'Product rule: the local partial of e = c·d with respect to d is c.',
  'graph.step.reverse': 'Reverse mode: multiply the cached partials back from e; ∂e/∂c is read from the cache, not worked out again.',
  'graph.step.forward': 'Forward mode: combine the tangents pushed up from the seeded input.',
  'graph.step.tangent': 'Forward mode: push the derivative of the seeded input up one edge.',
  'graph.step.tangentZero': 'Forward mode: d does not depend on a, so its tangent is 0.',
  'graph.step.paths': 'Sum over paths: add up, for every path to e, the product of its edge partials.',
} as const;
