import type { ProjectSummaryDto } from '../../../../preload/contract/dto/project-dto';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { formatWhen } from '../../lib/format';
import { storeApi } from '../../stores';
import { useProjectThumbnail } from './use-project-thumbnail';

export interface ProjectCardProps {
  project: ProjectSummaryDto;
  onOpen: () => void;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function ProjectThumb({ project }: { project: ProjectSummaryDto }): React.JSX.Element {
  const assetId = useProjectThumbnail(project);
  const thumb = assetId === null ? null : storeApi().mediaUrl(assetId, 'thumbnail');
  return <div className="project-thumb">{thumb ? <img src={thumb} alt="" loading="lazy" /> : <Icon name="film" size={32} />}</div>;
}

/** A recent project: the whole card opens it; rename, duplicate and delete sit below. */
export function ProjectCard({ project, onOpen, onRename, onDuplicate, onDelete }: ProjectCardProps): React.JSX.Element {
  return (
    <li className="project-card" data-testid="project-card">
      <button type="button" className="project-open" onClick={onOpen} aria-label={`Open ${project.name}`}>
        <ProjectThumb project={project} />
        <span className="project-name">{project.name}</span>
        <span className="project-meta">Edited {formatWhen(project.updatedAt)}</span>
      </button>
      <div className="project-actions">
        <Button size="sm" variant="ghost" icon={<Icon name="edit" size={16} />} label={`Rename ${project.name}`} onClick={onRename} />
        <Button size="sm" variant="ghost" icon={<Icon name="copy" size={16} />} label={`Duplicate ${project.name}`} onClick={onDuplicate} />
        <Button size="sm" variant="ghost" icon={<Icon name="trash" size={16} />} label={`Delete ${project.name}`} onClick={onDelete} />
      </div>
    </li>
  );
}

/** A project in the trash: restore it, or delete it for good. */
export function DeletedProjectRow({ project, onRestore, onPurge }: { project: ProjectSummaryDto; onRestore: () => void; onPurge: () => void }): React.JSX.Element {
  return (
    <li className="deleted-row" data-testid="deleted-project">
      <span className="deleted-name">{project.name}</span>
      <span className="muted">Deleted {project.deletedAt ? formatWhen(project.deletedAt) : ''}</span>
      <Button size="sm" variant="secondary" icon={<Icon name="restore" size={16} />} onClick={onRestore} aria-label={`Restore ${project.name}`}>
        Restore
      </Button>
      <Button size="sm" variant="ghost" onClick={onPurge} aria-label={`Delete ${project.name} for good`}>
        Delete for good
      </Button>
    </li>
  );
}
