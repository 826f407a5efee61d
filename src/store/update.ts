/** The lesson's weight update: the engine's optimisers, with the lesson's settings (no clipping). */
import { cloneModel, type Model, type Weights } from '../engine/model';
import { applyUpdate, createOptimizer, type OptimizerState } from '../engine/optim';
import type { Config } from './config';

export type LessonOptimizer = OptimizerState;

export function createLessonOptimizer(config: Config, model: Model): LessonOptimizer {
  return createOptimizer(config.optimizer, model.weights, { lr: config.lr });
}

/** A new model W − lr·dW (per the optimiser), its optimiser state and ΔW = new − old. */
export function applyLessonUpdate(
  pass: { model: Model; trace: { grads: Weights }; optimizer: LessonOptimizer },
  _config: Config,
): { model: Model; optimizer: LessonOptimizer; delta: Weights } {
  const model = cloneModel(pass.model);
  const optimizer = structuredClone(pass.optimizer);
  const { delta } = applyUpdate(optimizer, model.weights, pass.trace.grads);
  return { model, optimizer, delta };
}
