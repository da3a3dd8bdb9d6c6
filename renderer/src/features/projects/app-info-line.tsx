import { useAppStore } from '../../stores';

/** Version and mode at the foot of the home screen (also what the browser-mode smoke test reads). */
export function AppInfoLine({ projects }: { projects: number | null }): React.JSX.Element | null {
  const info = useAppStore((s) => s.appInfo);
  if (info === null || projects === null) return null;
  return (
    <footer className="home-footer">
      <p data-testid="app-info">
        Version {info.version} · {info.mode} mode · {projects} {projects === 1 ? 'project' : 'projects'}
      </p>
    </footer>
  );
}
