/** Placeholder until the timeline feature lands: tracks, clips, playhead and trimming go here. */
export function TimelinePanel(): React.JSX.Element {
  return (
    <div className="placeholder" data-testid="timeline-placeholder">
      <p>Timeline is coming.</p>
    </div>
  );
}
