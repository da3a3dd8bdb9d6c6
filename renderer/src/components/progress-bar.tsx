/** A determinate bar when `value` (0..1) is known, an indeterminate one otherwise. */
export function ProgressBar({ value, label }: { value: number | null; label: string }): React.JSX.Element {
  const pct = value === null ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className={`progress${pct === undefined ? ' is-indeterminate' : ''}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <div className="progress-fill" style={pct === undefined ? undefined : { width: `${pct}%` }} />
    </div>
  );
}
