// The React widgets; `src/index.ts` re-exports this next to the core.

export { CauseChecklist, type CauseChecklistProps, type ChecklistValue } from './CauseChecklist';
export { ChangeList, type ChangeListProps } from './ChangeList';
export {
  type ExportFile,
  type ExportFormat,
  ExportMenu,
  type ExportMenuProps,
} from './ExportMenu';
export { useFormatter } from './hooks/useFormatter';
export { type UseOkrBalanceOptions, useOkrBalance } from './hooks/useOkrBalance';
export { type UseOrgBalanceOptions, useOrgBalance } from './hooks/useOrgBalance';
export {
  type BoardExportMenuProps,
  type BoardPart,
  OkrBalanceBoard,
  type OkrBalanceBoardParts,
  type OkrBalanceBoardProps,
} from './OkrBalanceBoard';
export {
  FormatContext,
  OkrBalanceProvider,
  type OkrBalanceProviderProps,
} from './OkrBalanceProvider';
export { OkrRadar, type OkrRadarProps, type RadarComparison } from './OkrRadar';
export { OrgTable, type OrgTableProps } from './OrgTable';
export { ProgressSpreadGauge, type ProgressSpreadGaugeProps } from './ProgressSpreadGauge';
export { ProgressTrend, type ProgressTrendProps } from './ProgressTrend';
export { StatusBadge, type StatusBadgeProps } from './StatusBadge';
