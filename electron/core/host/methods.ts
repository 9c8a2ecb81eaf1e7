import type { Core } from '../core';

/**
 * Core's public methods, besides the built-in ones (dispatch, lock, requestLock, close),
 * that callers on the other side of the thread may use. Adding one is one line here; its
 * arguments and result must be plain data (structured clone), never functions.
 */
export const FORWARDED_METHODS = ['idleLockMs', 'grantPath', 'takePrintJob'] as const satisfies readonly (keyof Core)[];
export type ForwardedMethod = (typeof FORWARDED_METHODS)[number];

export function isForwardedMethod(name: string): name is ForwardedMethod {
  return (FORWARDED_METHODS as readonly string[]).includes(name);
}

type Method<M extends ForwardedMethod> = Core[M] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
export type ForwardedArgs<M extends ForwardedMethod> = Parameters<Method<M>>;
export type ForwardedResult<M extends ForwardedMethod> = Awaited<ReturnType<Method<M>>>;
