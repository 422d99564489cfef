// "检查图片文字" (issue 20): scans the images of the page's fields and those in view through the
// background's OCR route, draws boxes over each finding (overlay elements; the image is untouched)
// and lists the findings with basis and severity.
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { mapBounded } from '@/lib/ocr/bounded';
import { OCR_PORT, scanResultSchema, type ScanResult } from '@/lib/ocr/protocol';
import type { ImageAudit } from '@/lib/ocr/types';
import { collectImages, imagePlacement } from '@/lib/dom/ocr/collectImages';

/** Requests in flight from one page; the offscreen document recognises one image at a time anyway. */
const IN_FLIGHT = 3;

interface Scanned {
  img: HTMLImageElement;
  audit?: ImageAudit;
  cached?: boolean;
  error?: string;
}

function scanAll(images: HTMLImageElement[], onResult: (index: number, result: ScanResult) => void): Promise<void> {
  const port = browser.runtime.connect({ name: OCR_PORT });
  const waiting = new Map<number, (result: ScanResult) => void>();
  let closed = false;
  port.onMessage.addListener((raw: unknown) => {
    const parsed = scanResultSchema.safeParse(raw);
    if (parsed.success) waiting.get(parsed.data.id)?.(parsed.data);
  });
  port.onDisconnect.addListener(() => {
    closed = true;
    for (const [id, resolve] of waiting) resolve({ type: 'result', id, ok: false, error: 'the extension was reloaded' });
  });
  return mapBounded(
    images,
    IN_FLIGHT,
    (img, index) =>
      new Promise<void>((done) => {
        if (closed) return done();
        waiting.set(index, (result) => {
          waiting.delete(index);
          onResult(index, result);
          done();
        });
        port.postMessage({ type: 'scan', id: index, url: img.currentSrc || img.src });
      }),
  ).then(() => port.disconnect());
}

export function ImageScan({ t, fieldRoots }: { t: Translate; fieldRoots: () => HTMLElement[] }) {
  const [scanned, setScanned] = useState<Scanned[] | null>(null);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [, setTick] = useState(0);
  const frame = useRef(0);

  useEffect(() => {
    if (!scanned) return;
    // Boxes follow their image as the page scrolls or resizes.
    const reposition = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setTick((n) => n + 1));
    };
    window.addEventListener('scroll', reposition, { capture: true, passive: true });
    window.addEventListener('resize', reposition);
    return () => {
      window.removeEventListener('scroll', reposition, { capture: true });
      window.removeEventListener('resize', reposition);
      cancelAnimationFrame(frame.current);
    };
  }, [scanned]);

  const start = () => {
    const images = collectImages(document, fieldRoots());
    const rows: Scanned[] = images.map((img) => ({ img }));
    setScanned(rows);
    setDone(0);
    if (images.length === 0) return;
    setRunning(true);
    void scanAll(images, (index, result) => {
      rows[index] = result.ok ? { img: images[index]!, audit: result.audit, cached: result.cached } : { img: images[index]!, error: result.error };
      setScanned([...rows]);
      setDone((n) => n + 1);
    }).finally(() => setRunning(false));
  };

  // Firefox has no offscreen documents; the OCR assets ship in the Chrome build only.
  if (import.meta.env.BROWSER === 'firefox') return null;
  const total = scanned?.reduce((n, row) => n + (row.audit?.findings.length ?? 0), 0) ?? 0;
  return (
    <>
      <button type="button" data-testid="ll-ocr-scan" disabled={running} onClick={start}>
        {running && scanned ? t('ocr.scanning', { done, total: scanned.length }) : t('ocr.scan')}
      </button>
      {scanned?.map((row, index) => {
        if (!row.audit?.findings.length || !row.img.isConnected) return null;
        const place = imagePlacement(row.img);
        if (!place.visible) return null;
        return row.audit.findings.map((finding, k) => (
          <div
            key={`${index}-${k}`}
            className={`ll-ocr-box ll-ocr-${finding.severity}`}
            data-testid="ll-ocr-box"
            aria-hidden="true"
            style={{
              left: place.left + finding.box[0] * place.scaleX,
              top: place.top + finding.box[1] * place.scaleY,
              width: finding.box[2] * place.scaleX,
              height: finding.box[3] * place.scaleY,
            }}
          />
        ));
      })}
      {scanned && (
        <aside className="ll-panel ll-ocr-panel" data-testid="ll-ocr-panel" aria-label={t('ocr.title')}>
          <div className="ll-panel-head">
            <strong>{t('ocr.title')}</strong>
            <button type="button" onClick={() => setScanned(null)}>
              {t('panel.close')}
            </button>
          </div>
          {scanned.length === 0 ? <p>{t('ocr.none')}</p> : <p data-testid="ll-ocr-summary">{t('ocr.summary', { images: scanned.length, count: total })}</p>}
          {scanned.map((row, index) =>
            row.error ? (
              <p key={index} className="ll-ocr-error" data-testid="ll-ocr-error">
                {t('ocr.image', { index: index + 1 })} · {t('ocr.failed', { error: row.error })}
              </p>
            ) : row.audit && row.audit.findings.length > 0 ? (
              <section key={index}>
                <h3>
                  {t('ocr.image', { index: index + 1 })}
                  {row.cached ? ` · ${t('ocr.cached')}` : ''}
                </h3>
                <ul>
                  {row.audit.findings.map((finding, k) => (
                    <li key={k} data-testid="ll-ocr-finding" data-severity={finding.severity}>
                      <strong className={`ll-sev-${finding.severity}`}>{t(`severity.${finding.severity}`)}</strong> “{finding.match}” {finding.message}
                      {finding.basis && <small> {t('ocr.basis', { basis: finding.basis })}</small>}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null,
          )}
        </aside>
      )}
    </>
  );
}
