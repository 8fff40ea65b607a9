// The React widgets; `src/index.ts` re-exports this next to the core.
export { useFormatter } from './hooks/useFormatter';
export { type UseOkrBalanceOptions, useOkrBalance } from './hooks/useOkrBalance';
export {
  FormatContext,
  OkrBalanceProvider,
  type OkrBalanceProviderProps,
} from './OkrBalanceProvider';
export { StatusBadge, type StatusBadgeProps } from './StatusBadge';
