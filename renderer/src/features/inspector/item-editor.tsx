import type { Located } from '../../stores';
import { CaptionEditor } from './caption-editor';
import { CardEditor } from './card-editor';
import { ClipEditor } from './clip-editor';
import { ImageOverlayEditor } from './image-overlay-editor';
import { MusicEditor } from './music-editor';
import { StillEditor } from './still-editor';
import { TextOverlayEditor } from './text-overlay-editor';
import { VoiceoverEditor } from './voiceover-editor';

/** The editor for one located item, chosen by track and type. */
export function ItemEditor({ found }: { found: Located }): React.JSX.Element | null {
  const { item, index } = found;
  switch (found.track) {
    case 'music':
      return 'loop' in item ? <MusicEditor item={item} /> : null;
    case 'voiceover':
      return 'media' in item && !('type' in item) && !('loop' in item) ? <VoiceoverEditor item={item} /> : null;
    case 'captions':
      return !('media' in item) && !('type' in item) && 'text' in item ? <CaptionEditor item={item} /> : null;
    default:
      break;
  }
  if (!('type' in item)) return null;
  switch (item.type) {
    case 'card':
      return <CardEditor item={item} index={index} />;
    case 'still':
      return <StillEditor item={item} index={index} />;
    case 'clip':
      return <ClipEditor item={item} index={index} />;
    case 'text':
      return <TextOverlayEditor item={item} />;
    case 'image':
      return <ImageOverlayEditor item={item} />;
  }
}
