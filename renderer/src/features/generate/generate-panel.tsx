/** Placeholder until the generate feature lands: scene planning and image-to-video jobs go here. */
export function GeneratePanel(): React.JSX.Element {
  return (
    <div className="placeholder" data-testid="generate-placeholder">
      <p>Generate is coming.</p>
    </div>
  );
}
