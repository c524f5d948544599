/** Quantity ids of SPEC §4.2: the names used in data-quantity attributes, timelines and tests. */

/** θ¹ indices in row-major order (θ¹₁₀ … θ¹₂₂), θ² indices (θ²₁₀ … θ²₁₂). */
export const T1_INDEX = ['10', '11', '12', '20', '21', '22'] as const;
export const T2_INDEX = ['10', '11', '12'] as const;

const theta1 = T1_INDEX.map((k) => `theta1_${k}` as const);
const theta2 = T2_INDEX.map((k) => `theta2_${k}` as const);
export type Theta1Id = (typeof theta1)[number];
export type Theta2Id = (typeof theta2)[number];
export type ThetaId = Theta1Id | Theta2Id;

export const THETA1_IDS: readonly Theta1Id[] = theta1;
export const THETA2_IDS: readonly Theta2Id[] = theta2;
export const THETA_IDS: readonly ThetaId[] = [...theta1, ...theta2];

export const NETWORK_GIVEN_IDS = ['x0', 'x1', 'x2', 'y', ...THETA_IDS, 'lambda', 'alpha', 'a2_0'] as const;
export const NETWORK_FORWARD_IDS = ['z2_1', 'a2_1', 'z2_2', 'a2_2', 'z3', 'a3', 'J'] as const;
export const NETWORK_BACKWARD_IDS = [
  'delta3',
  'sprime2_1',
  'sprime2_2',
  'delta2_1',
  'delta2_2',
  ...THETA_IDS.map((t) => `grad_${t}` as const),
] as const;
export const NETWORK_UPDATE_IDS = [...THETA_IDS.map((t) => `new_${t}` as const), 'J_new'] as const;

export type NetworkId =
  | (typeof NETWORK_GIVEN_IDS)[number]
  | (typeof NETWORK_FORWARD_IDS)[number]
  | (typeof NETWORK_BACKWARD_IDS)[number]
  | (typeof NETWORK_UPDATE_IDS)[number];

export const NETWORK_IDS: readonly NetworkId[] = [
  ...NETWORK_GIVEN_IDS,
  ...NETWORK_FORWARD_IDS,
  ...NETWORK_BACKWARD_IDS,
  ...NETWORK_UPDATE_IDS,
];

export const GRAPH_IDS = ['a', 'b', 'c', 'd', 'e', 'dc_da', 'dc_db', 'dd_db', 'de_dc', 'de_dd', 'de_da', 'de_db'] as const;
/** Forward-mode tangents (an extension of SPEC §4.2): t_b_c = ∂c/∂b carried up the pass seeded at b. */
export const GRAPH_TANGENT_IDS = ['t_b_c', 't_b_d', 't_a_c', 't_a_d'] as const;
export type GraphId = (typeof GRAPH_IDS)[number] | (typeof GRAPH_TANGENT_IDS)[number];

export const CURVE_IDS = [
  'z',
  'exp_z',
  'exp_neg_z',
  'one_plus_exp_neg_z',
  'sigmoid',
  'sigmoid_prime',
  'neg_log_sigmoid',
  'neg_log_one_minus_sigmoid',
] as const;
export type CurveId = (typeof CURVE_IDS)[number];
