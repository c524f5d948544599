import type { graph as en } from '../en/graph';

/** 中文字符串：graph。键与 ../en/graph.ts 相同。 */
export const graph: Record<keyof typeof en, string> = {
  'graph.step.c': '计算 c = a + b 并保存。',
  'graph.step.d': '计算 d = b + 1 并保存。',
  'graph.step.e': '计算 e = c · d 并保存。',
  'graph.step.one': '和对其中一项的局部偏导数为 1。',
  'graph.step.de_dc': '乘积法则：e = c·d 对 c 的局部偏导数是 d。',
  'graph.step.de_dd': '乘积法则：e = c·d 对 d 的局部偏导数是 c。',
  'graph.step.reverse': '反向模式：从 e 出发把缓存的偏导数依次相乘；∂e/∂c 取自缓存，不再重新计算。',
  'graph.step.forward': '前向模式：把从种子输入向上推来的导数组合起来。',
  'graph.step.tangent': '前向模式：把种子输入的导数沿一条边向上推一步。',
  'graph.step.tangentZero': '前向模式：d 不依赖于 a，所以它的导数为 0。',
  'graph.step.paths': '路径求和：对通向 e 的每条路径，把路径上的偏导数相乘，再全部相加。',
};
