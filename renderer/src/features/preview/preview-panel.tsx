/** Placeholder until the preview feature lands: the player with safe-area guides goes here. */
export function PreviewPanel(): React.JSX.Element {
  return (
    <div className="placeholder" data-testid="preview-placeholder">
      <p>Preview is coming.</p>
    </div>
  );
}
