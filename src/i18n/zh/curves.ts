import type { curves as en } from '../en/curves';

/** 中文字符串：curves。键与 ../en/curves.ts 相同。 */
export const curves: Record<keyof typeof en, string> = {
  'curve.step.exp_z': '从指数函数 e^z 开始：它过点 (0, 1)，定义域为全体实数，值域为正数。',
  'curve.step.exp_neg_z': '关于纵轴翻转：e^(−z) 从 +∞ 单调下降趋向 0。',
  'curve.step.one_plus_exp_neg_z': '向上平移 1：1 + e^(−z) 总大于 1，渐近线为 y = 1。',
  'curve.step.sigmoid': '取倒数：s(z) = 1 / (1 + e^(−z)) 介于 0 和 1 之间，过点 (0, ½)。',
  'curve.step.neg_log_sigmoid': 'y = 1 时的损失：−log s(z)，s(z) 接近 1 时接近 0，接近 0 时很大。',
  'curve.step.neg_log_one_minus_sigmoid': 'y = 0 时的损失：−log(1 − s(z))，s(z) 接近 0 时接近 0。',
  'curve.step.sigmoid_prime': 'sigmoid 的斜率：s′(z) = s(z)(1 − s(z))，在 z = 0 处最大，为 ¼。',
};
