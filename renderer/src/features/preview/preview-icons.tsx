/** Transport icons for the preview (24-unit grid, currentColor). Decorative: buttons carry the name. */
const paths = {
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M8 5h3v14H8zM13 5h3v14h-3z',
  stepBack: 'M6 6v12M18 6l-9 6 9 6z',
  stepForward: 'M18 6v12M6 6l9 6-9 6z',
  safeArea: 'M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4M8 9h8v6H8z',
  render: 'M4 5h16v14H4zM10 9v6l5-3z',
} as const;

export type PreviewIconName = keyof typeof paths;

export function PreviewIcon({ name, size = 18 }: { name: PreviewIconName; size?: number }): React.JSX.Element {
  const filled = name === 'play' || name === 'pause';
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}
