import { Filmstrip, StillStrip } from './filmstrip';

/** The picture strip of a video item: frames for clips, the repeated image for stills. */
export function MediaStrip({ kind, assetId, inMs, outMs, widthPx, heightPx }: { kind: 'clip' | 'still'; assetId: string; inMs: number; outMs: number; widthPx: number; heightPx: number }): React.JSX.Element {
  return kind === 'clip' ? <Filmstrip assetId={assetId} inMs={inMs} outMs={outMs} widthPx={widthPx} heightPx={heightPx} /> : <StillStrip assetId={assetId} widthPx={widthPx} heightPx={heightPx} />;
}
