import type { network as en } from '../en/network';

/** 中文字符串：network。键与 ../en/network.ts 相同。 */
export const network: Record<keyof typeof en, string> = {
  'step.z2_1': '隐藏单元 1 把各输入乘以权重 θ¹₁ᵢ 后相加（x₀ = 1 对应偏置）。',
  'step.a2_1': '隐藏单元 1 把加权和 z²₁ 送入 sigmoid 函数。',
  'step.z2_2': '隐藏单元 2 把各输入乘以权重 θ¹₂ᵢ 后相加。',
  'step.a2_2': '隐藏单元 2 把加权和 z²₂ 送入 sigmoid 函数。',
  'step.z3': '输出单元把隐藏层的激励加权求和（a²₀ = 1 为偏置），a²₁ 与 a²₂ 直接取自缓存。',
  'step.a3': '输出 a³ = s(z³) 就是网络预测 y = 1 的概率。',
  'step.J': '交叉熵损失给预测打分：a³ 越接近 y 越接近 0，相差越远越大。',
  'step.delta3': '输出层的误差：δ³ = a³ − y，即损失对 z³ 的导数。只计算一次并存入缓存。',
  'step.gradBias': '偏置权重的梯度等于缓存的误差乘以常数输入 1；偏置权重不参与正则化。',
  'step.gradReg': '权重的梯度等于它所连单元的缓存误差乘以它传递的激励，再加上 λ 项。',
  'step.sprime': '该隐藏单元处 sigmoid 的斜率 s′(z) = a(1 − a)，用前向传播时缓存的激励计算。',
  'step.delta2': '隐藏单元的误差：从缓存取出 δ³，沿 θ² 传回，再乘以斜率 s′(z²)。',
  'step.update': '梯度下降：每个权重沿梯度的反方向移动 α 倍的一步。',
  'step.J_new': '用更新后的权重重新计算同一样本的损失：只要 α 不太大，它应当变小。',
};
