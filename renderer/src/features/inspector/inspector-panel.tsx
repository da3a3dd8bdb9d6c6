/** Placeholder until the inspector feature lands: properties of the selected item go here. */
export function InspectorPanel(): React.JSX.Element {
  return (
    <div className="placeholder" data-testid="inspector-placeholder">
      <p>Inspector is coming.</p>
    </div>
  );
}
