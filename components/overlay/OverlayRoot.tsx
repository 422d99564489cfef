import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLocale } from '@/components/useLocale';
import type { Finding } from '@/lib/types';
import type { Box } from '@/lib/dom/textRects';
import { findingKey, type OverlayController } from './controller';
import { FindingCard } from './FindingCard';
import { decisionKey, FindingsPanel } from './FindingsPanel';
import type { ReviewDecision, ResponseOf } from '@/lib/messages';
import { TitleMeter } from './TitleMeter';
import { DraftStudio, type DraftPrefill } from '@/components/draft/DraftStudio';
import type { Platform } from '@/lib/types';

const COPY_PLATFORM: Record<Platform, NonNullable<DraftPrefill['platform']>> = {
  taobao: 'taobao-detail', tmall: 'taobao-detail', jd: 'jd-detail', pdd: 'pdd-detail', douyin: 'douyin-script', amazon: 'amazon-bullets', shopify: 'generic', generic: 'generic',
};

interface OpenCard {
  fieldId: number;
  key: string;
  anchor: Box;
  pinned: boolean;
}

const within = (box: Box, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y - 2 && y <= box.y + box.height + 4;

/** The in-page UI inside the content script's shadow root: underlines, hover card, title meter, panel. */
export function OverlayRoot({ controller, onAllowTerm }: { controller: OverlayController; onAllowTerm: (term: string) => void }) {
  const { t, locale } = useLocale();
  const [drafting, setDrafting] = useState(false);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [card, setCard] = useState<OpenCard | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const overCard = useRef(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () =>
      controller.onPointerMove((x, y) => {
        const hit = controller.getSnapshot().decorations.find((decoration) => decoration.boxes.some((box) => within(box, x, y)));
        if (hit) {
          clearTimeout(hideTimer.current);
          const anchor = hit.boxes.find((box) => within(box, x, y))!;
          setCard((current) => (current?.pinned ? current : { fieldId: hit.fieldId, key: findingKey(hit.finding), anchor, pinned: false }));
          return;
        }
        clearTimeout(hideTimer.current);
        hideTimer.current = setTimeout(() => {
          if (!overCard.current) setCard((current) => (current?.pinned ? current : null));
        }, 400);
      }),
    [controller],
  );

  // Review decisions made before on the same texts come back with them.
  const [decisions, setDecisions] = useState<Map<string, ReviewDecision>>(new Map());
  const textHashes = [...new Set(snapshot.fields.map((field) => field.textHash))].sort().join(',');
  useEffect(() => {
    if (!panelOpen || !textHashes) return;
    let stale = false;
    void (browser.runtime.sendMessage({ type: 'decisionsForTexts', textHashes: textHashes.split(',') }) as Promise<ResponseOf<'decisionsForTexts'>>).then((response) => {
      if (stale || !response?.ok) return;
      setDecisions(new Map(response.decisions.map((d) => [decisionKey(d), d])));
    });
    return () => {
      stale = true;
    };
  }, [panelOpen, textHashes]);

  const counts = { error: 0, warning: 0, info: 0 };
  for (const field of snapshot.fields) for (const finding of field.findings) counts[finding.severity] += 1;
  const total = counts.error + counts.warning + counts.info;
  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'findingCounts', counts }).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [counts.error, counts.warning, counts.info]);

  const openField = card ? controller.fieldById(card.fieldId) : undefined;
  const openFinding: Finding | undefined = openField?.findings.find((finding) => findingKey(finding) === card?.key);

  const select = (fieldId: number, finding: Finding) => {
    controller.focusFinding(fieldId, finding);
    requestAnimationFrame(() => {
      const decoration = controller.getSnapshot().decorations.find((d) => d.fieldId === fieldId && findingKey(d.finding) === findingKey(finding));
      const anchor = decoration?.boxes[0] ?? controller.getSnapshot().fieldBoxes.get(fieldId);
      if (anchor) setCard({ fieldId, key: findingKey(finding), anchor, pinned: true });
    });
  };

  return (
    <>
      {snapshot.decorations
        .filter((decoration) => !decoration.paintedInPage)
        .flatMap((decoration) =>
          decoration.boxes.map((box, index) => (
            <div
              key={`${decoration.fieldId}:${findingKey(decoration.finding)}:${index}`}
              className={`ll-underline ll-sev-${decoration.finding.severity}`}
              data-testid="ll-underline"
              data-severity={decoration.finding.severity}
              data-match={decoration.finding.match}
              style={{ left: box.x, top: box.y + box.height - 3, width: box.width }}
            />
          )),
        )}
      {snapshot.fields.map((field) => {
        const box = snapshot.fieldBoxes.get(field.id);
        return field.audit.title && box && field.text.trim() ? <TitleMeter key={field.id} report={field.audit.title} box={box} t={t} /> : null;
      })}
      {card && openField && openFinding && (
        <FindingCard
          finding={openFinding}
          anchor={card.anchor}
          t={t}
          notice={notice}
          onPointerEnter={() => {
            overCard.current = true;
            clearTimeout(hideTimer.current);
          }}
          onPointerLeave={() => {
            overCard.current = false;
          }}
          onApply={(replacement) => {
            const applied = controller.applyFix(card.fieldId, openFinding, replacement);
            setNotice(applied ? undefined : t('card.textChanged'));
            if (applied) setCard(null);
          }}
          onIgnore={() => {
            controller.ignoreOnce(card.fieldId, openFinding);
            setCard(null);
          }}
          onAllow={() => {
            onAllowTerm(openFinding.match);
            setCard(null);
          }}
          onClose={() => setCard(null)}
        />
      )}
      {drafting && (
        <aside className="ll-drawer" aria-label={t('draft.title')} data-testid="ll-draft-drawer">
          <div className="ll-panel-head">
            <strong>{t('draft.title')}</strong>
            <button type="button" onClick={() => setDrafting(false)}>{t('panel.close')}</button>
          </div>
          <DraftStudio
            t={t}
            locale={locale}
            prefill={{
              name: snapshot.fields.find((field) => field.binding.role === 'title')?.text.trim().slice(0, 200) || undefined,
              sellingPoints: snapshot.fields.filter((field) => field.binding.role === 'bullet' && field.text.trim()).map((field) => field.text.trim().slice(0, 300)),
              platform: COPY_PLATFORM[controller.platform],
            }}
            targets={snapshot.fields.map((field) => ({ id: field.id, label: field.binding.label || field.binding.key, role: field.binding.role, maxLength: 'maxLength' in field.binding.element && typeof field.binding.element.maxLength === 'number' && field.binding.element.maxLength > 0 ? field.binding.element.maxLength : null }))}
            onInsert={(fieldId, text) => controller.replaceFieldText(fieldId, text)}
          />
        </aside>
      )}
      {panelOpen && (
        <FindingsPanel
          fields={snapshot.fields}
          t={t}
          decisions={decisions}
          onSelect={select}
          onAllow={onAllowTerm}
          onDecide={(field, finding, decision, note) => {
            const record = { field: field.binding.key, textHash: field.textHash, ruleId: finding.ruleId, start: finding.start, end: finding.end, decision, note };
            void (browser.runtime.sendMessage({ type: 'saveDecision', decision: { pageUrl: location.href, ...(finding.term ? { term: finding.term } : {}), ...record } }) as Promise<ResponseOf<'saveDecision'>>).then((response) => {
              if (response?.ok) setDecisions((current) => new Map(current).set(decisionKey(record), { id: response.id, decidedAt: Date.now(), ...record }));
            });
          }}
          onClose={() => setPanelOpen(false)}
        />
      )}
      <div className="ll-badge" data-testid="ll-badge" role="status">
        <strong>{t('overlay.badge')}</strong>
        <span data-testid="ll-field-count">{t('overlay.fieldsFound', { count: snapshot.fields.length })}</span>
        <button type="button" data-testid="ll-draft-toggle" onClick={() => setDrafting((open) => !open)}>
          {t('draft.open')}
        </button>
        <button type="button" data-testid="ll-panel-toggle" className={counts.error > 0 ? 'll-sev-error' : undefined} onClick={() => setPanelOpen((open) => !open)}>
          {total === 0 ? t('overlay.noFindings') : t('panel.open', { count: total })}
        </button>
      </div>
    </>
  );
}
