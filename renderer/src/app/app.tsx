/** The editor shell. The projects home, media bin, timeline and the rest arrive with the editor issue. */
export function App(): React.JSX.Element {
  return (
    <main aria-label="Adloom">
      <h1>Adloom</h1>
      <p>Product-ad videos from product photos.</p>
    </main>
  );
}
