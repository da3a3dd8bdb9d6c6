import { useState } from 'react';
import type { ProjectSummaryDto } from '../../../../preload/contract/dto/project-dto';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { useAppStore } from '../../stores';
import { AppInfoLine } from './app-info-line';
import { NewProjectDialog } from './new-project-dialog';
import { DeletedProjectRow, ProjectCard } from './project-card';
import { projectsActions } from './projects-actions';
import { RenameDialog } from './rename-dialog';
import { useProjects } from './use-projects';

/** The start screen: recent projects, a new one, and the trash with Restore. */
export function ProjectsHome(): React.JSX.Element {
  const { status, error, active, deleted, refresh } = useProjects();
  const dialog = useAppStore((s) => s.dialog);
  const openDialog = useAppStore((s) => s.openDialog);
  const closeDialog = useAppStore((s) => s.closeDialog);
  const [renaming, setRenaming] = useState<ProjectSummaryDto | null>(null);
  const after = (work: Promise<boolean>): void => void work.then(() => refresh());

  return (
    <div className="home">
      <header className="home-header">
        <div className="home-header-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Adloom</span>
          </div>
          <Button variant="primary" icon={<Icon name="plus" />} onClick={() => openDialog('new-project')}>
            New project
          </Button>
        </div>
      </header>
      <main className="home-main" aria-label="Projects">
        <h1 className="home-title">Projects</h1>
        {status === 'loading' && <p className="muted">Loading projects…</p>}
        {status === 'error' && (
          <p role="alert" className="error-text" data-testid="app-error">
            The projects could not be listed: {error}
          </p>
        )}
        {status === 'ready' && active.length === 0 && (
          <div className="home-empty">
            <Icon name="film" size={40} />
            <h2>Make your first product ad</h2>
            <p className="muted">Start a project, drop in product photos, and Adloom turns them into a short video.</p>
            <Button variant="primary" icon={<Icon name="plus" />} onClick={() => openDialog('new-project')}>
              New project
            </Button>
          </div>
        )}
        {active.length > 0 && (
          <section aria-label="Recent projects">
            <ul className="project-grid">
              {active.map((p) => (
                <ProjectCard
                  key={p.id}
                  project={p}
                  onOpen={() => projectsActions.open(p.id)}
                  onRename={() => setRenaming(p)}
                  onDuplicate={() => after(projectsActions.duplicate(p))}
                  onDelete={() => after(projectsActions.trash(p))}
                />
              ))}
            </ul>
          </section>
        )}
        {deleted.length > 0 && (
          <section aria-labelledby="deleted-heading" className="deleted-section">
            <h2 id="deleted-heading" className="section-title">
              Recently deleted
            </h2>
            <ul className="deleted-list">
              {deleted.map((p) => (
                <DeletedProjectRow key={p.id} project={p} onRestore={() => after(projectsActions.restore(p))} onPurge={() => after(projectsActions.purge(p))} />
              ))}
            </ul>
          </section>
        )}
      </main>
      <AppInfoLine projects={status === 'ready' ? active.length : null} />
      <NewProjectDialog
        open={dialog === 'new-project'}
        onClose={closeDialog}
        onCreate={async (input) => {
          const result = await projectsActions.create(input);
          if (result.ok) closeDialog();
          return result.ok ? null : result.reason;
        }}
      />
      {renaming && <RenameDialog currentName={renaming.name} onClose={() => setRenaming(null)} onRename={(name) => projectsActions.rename(renaming, name).then((ok) => (ok && void refresh(), ok))} />}
    </div>
  );
}
