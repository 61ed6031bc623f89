/**
 * A message's attachments in the review (issue 18): each image (or PDF page, rendered by the
 * service) with the regions where a detail was found outlined and numbered, the text that was read
 * from it (OCR, QR payload, PDF text and links), and why each finding was made. Opening this is
 * audited by the service; nothing is cached by the browser (the service sends no-store).
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../api.ts';
import type { AttachmentDetail, Finding } from '../api-types.ts';
import { FindingsTable } from './findings-table.tsx';

const SOURCE: Record<string, string> = { ocr: 'read by OCR', qr: 'QR code payload', 'pdf-text': "PDF's text", 'pdf-link': 'link in the PDF' };

/** The attachments of `messageId`, or nothing when it has none. */
export function AttachmentsPanel({ messageId }: { messageId: string }) {
  const [items, setItems] = useState<AttachmentDetail[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.attachments(messageId).then(
      (r) => live && setItems(r.attachments),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [messageId]);
  if (error) return <p className="error" role="alert">Attachments could not be loaded: {error}</p>;
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby="att-h" className="attachments" data-testid="attachments">
      <h3 id="att-h">Attachments ({items.length})</h3>
      {items.map((a) => (
        <Attachment key={a.index} messageId={messageId} a={a} />
      ))}
    </section>
  );
}

function Attachment({ messageId, a }: { messageId: string; a: AttachmentDetail }) {
  // Pages to show: those with a finding, else the first.
  const pages = a.type === 'pdf' ? [...new Set(a.findings.map((f) => f.page ?? 1))].sort((x, y) => x - y) : [0];
  if (pages.length === 0) pages.push(1);
  return (
    <article className="attachment" data-attachment={a.index}>
      <h4>
        {a.name} <span className="muted">({a.type.toUpperCase()}{a.pages ? `, ${a.pages} page${a.pages === 1 ? '' : 's'}` : a.width ? `, ${a.width}×${a.height}` : ''}, {Math.ceil(a.size / 1024)} KiB)</span>{' '}
        <span className={`badge ${a.delivered ? 'delivered-tag' : 'withheld-tag'}`}>{a.delivered ? 'delivered' : 'withheld'}</span>
      </h4>
      {pages.map((page) => (
        <Figure key={page} messageId={messageId} a={a} page={page} findings={a.findings.filter((f) => (a.type === 'pdf' ? (f.page ?? 1) === page : true))} />
      ))}
      <details open={a.findings.length > 0}>
        <summary>Text read from it</summary>
        {a.texts.length === 0 ? (
          <p className="muted">No text was read.</p>
        ) : (
          a.texts.map((t, i) => (
            <div key={i} className="attachment-text">
              <p className="note-small">{SOURCE[t.source] ?? t.source}{t.page ? `, page ${t.page}` : ''}</p>
              <pre data-testid="ocr-text">{t.text.trim() || '(nothing)'}</pre>
            </div>
          ))
        )}
      </details>
      <FindingsTable findings={a.findings} caption="Found in this attachment, and why" />
    </article>
  );
}

/** The image with the findings' boxes outlined (an SVG over it, in the image's own units). */
function Figure({ messageId, a, page, findings }: { messageId: string; a: AttachmentDetail; page: number; findings: Finding[] }) {
  const src = `/v1/messages/${encodeURIComponent(messageId)}/attachments/${a.index}/content${a.type === 'pdf' ? `?page=${page}` : ''}`;
  const w = a.width ?? 1;
  const h = a.height ?? 1;
  const boxed = findings.filter((f) => f.box);
  return (
    <figure className="attachment-figure">
      <div className="attachment-frame" style={{ aspectRatio: `${w} / ${h}` }}>
        <img src={src} alt={`${a.name}${a.type === 'pdf' ? `, page ${page}` : ''}`} />
        <svg viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-hidden="true">
          {boxed.map((f, i) => (
            <g key={i} className={`region kind-${f.kind}`} data-testid="region">
              <rect x={f.box!.x - 2} y={f.box!.y - 2} width={f.box!.width + 4} height={f.box!.height + 4} />
              <text x={f.box!.x} y={Math.max(10, f.box!.y - 4)}>{a.findings.indexOf(f) + 1}</text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="note-small">
        {boxed.length ? `${boxed.length} region${boxed.length === 1 ? '' : 's'} outlined; numbers match the table below.` : 'No region to outline.'}
        {a.type === 'pdf' ? ` Page ${page}.` : ''}
      </figcaption>
    </figure>
  );
}
