import { findingContext } from '@/lib/report/lines';
import { Fragment, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLocale } from '@/components/useLocale';
import type { Finding } from '@/lib/types';
import type { Box } from '@/lib/dom/textRects';
import { findingKey, type OverlayController } from '@/lib/dom/overlay/controller';
import { FindingCard } from './FindingCard';
import { insertFailureNotice } from './editOutcome';
import { decisionKey, FindingsPanel } from './FindingsPanel';
import type { FrameSurface } from '@/lib/sites/frameSurfaces';
import type { ReviewDecision, ResponseOf } from '@/lib/messages';
import { TitleMeter } from './TitleMeter';
import { TitleCoach } from './TitleCoach';
import { DraftStudio } from '@/components/draft/DraftStudio';
import { platformDefinition } from '@/lib/platforms/registry';
import { ImageScan } from './ImageScan';

interface OpenCard {
  fieldId: number;
  key: string;
  anchor: Box;
  pinned: boolean;
  /** Opened with the keyboard shortcut from the field: focus goes into the card and back on close. */
  fromKeyboard?: boolean;
}

const within = (box: Box, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y - 2 && y <= box.y + box.height + 4;

/** The in-page UI inside the content script's shadow root: underlines, hover card, title meter, panel. */
/** Cross-origin editor frames of the page (entrypoints/content/frameSurfaces.ts). */
export interface FrameSurfaceSource {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly FrameSurface[];
}

const NO_FRAMES: FrameSurfaceSource = { subscribe: () => () => undefined, getSnapshot: () => [] };

export function OverlayRoot({
  controller,
  onAllowTerm,
  frames = NO_FRAMES,
}: {
  controller: OverlayController;
  onAllowTerm: (term: string, allPlatforms: boolean) => void;
  frames?: FrameSurfaceSource;
}) {
  const { t, locale } = useLocale();
  const badgeRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [live, setLive] = useState('');
  const announced = useRef<Set<string> | null>(null);
  const [drafting, setDrafting] = useState(false);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const frameSurfaces = useSyncExternalStore(frames.subscribe, frames.getSnapshot);
  const [card, setCard] = useState<OpenCard | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [coachFieldId, setCoachFieldId] = useState<number | null>(null);
  const [panelAnchor, setPanelAnchor] = useState<Box | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  // A failed fix whose card closed before it could say so (the field left the page).
  const [editStatus, setEditStatus] = useState<string | undefined>();
  useEffect(() => {
    if (!editStatus) return;
    const timer = setTimeout(() => setEditStatus(undefined), 10_000);
    return () => clearTimeout(timer);
  }, [editStatus]);
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

  useEffect(() => {
    controller.setDescriber((field) =>
      t('overlay.fieldDescription', { count: field.findings.length, terms: [...new Set(field.findings.slice(0, 5).map((f) => f.match))].join('、') }),
    );
  }, [controller, t]);

  useEffect(
    () =>
      controller.onFieldKey((request) => {
        if (request.kind === 'escape') {
          let closed = false;
          setCard((current) => {
            closed = current !== null;
            return null;
          });
          return closed;
        }
        if (!request.finding) return false;
        const finding = request.finding;
        const decoration = controller.getSnapshot().decorations.find((d) => d.fieldId === request.fieldId && findingKey(d.finding) === findingKey(finding));
        const anchor = decoration?.boxes[0] ?? controller.getSnapshot().fieldBoxes.get(request.fieldId);
        if (!anchor) return false;
        setCard({ fieldId: request.fieldId, key: findingKey(finding), anchor, pinned: true, fromKeyboard: true });
        return true;
      }),
    [controller],
  );

  useEffect(
    () =>
      controller.onPanelRequest(() => {
        if (badgeRef.current) setPanelAnchor(boxOf(badgeRef.current));
        setPanelOpen(true);
        // Keyboard users land in the panel (after it renders).
        setTimeout(() => badgeRef.current?.parentNode?.querySelector<HTMLElement>('#ll-findings-panel')?.focus(), 50);
      }),
    [controller],
  );

  // Review decisions made before on the same texts come back with them.
  const [decisions, setDecisions] = useState<Map<string, ReviewDecision>>(new Map());
  const textHashes = [...new Set(snapshot.fields.map((field) => field.textHash))].sort().join(',');
  useEffect(() => {
    if (!panelOpen || !textHashes) return;
    let stale = false;
    void (browser.runtime.sendMessage({ type: 'decisionsForTexts', textHashes: textHashes.split(',') }) as Promise<ResponseOf<'decisionsForTexts'>>).then(
      (response) => {
        if (stale || !response?.ok) return;
        setDecisions(new Map(response.decisions.map((d) => [decisionKey(d), d])));
      },
    );
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

  // A polite live region names a finding that just appeared (or how many, after a paste).
  useEffect(() => {
    const keys = new Map<string, Finding>();
    for (const field of snapshot.fields)
      for (const finding of field.findings) keys.set(`${field.id}|${field.binding.key}|${finding.ruleId}|${finding.match}|${finding.start}`, finding);
    const previous = announced.current;
    announced.current = new Set(keys.keys());
    if (!previous) return;
    const fresh = [...keys].filter(([key]) => !previous.has(key)).map(([, finding]) => finding);
    if (fresh.length === 1)
      setLive(t('overlay.liveFinding', { term: fresh[0]!.match, severity: t(`severity.${fresh[0]!.severity}`), message: fresh[0]!.message }));
    else if (fresh.length > 1) setLive(t('overlay.liveFindings', { count: fresh.length }));
  }, [snapshot, t]);

  const closeCard = () => {
    if (card?.fromKeyboard) controller.refocus(card.fieldId);
    setCard(null);
  };

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
              aria-hidden="true"
              data-testid="ll-underline"
              data-severity={decoration.finding.severity}
              data-match={decoration.finding.match}
              style={{ left: box.x, top: box.y + box.height - 3, width: box.width }}
            />
          )),
        )}
      {snapshot.fields.map((field) => {
        const box = snapshot.fieldBoxes.get(field.id);
        if (!field.audit.title || !box || !field.text.trim()) return null;
        const open = coachFieldId === field.id;
        return (
          <Fragment key={field.id}>
            <TitleMeter report={field.audit.title} box={box} t={t} locale={locale} expanded={open} onToggle={() => setCoachFieldId(open ? null : field.id)} />
            {open && (
              <TitleCoach
                title={field.text}
                report={field.audit.title}
                platform={controller.platform}
                keywords={controller.keywords}
                t={t}
                locale={locale}
                anchor={{ x: box.x, y: box.y + box.height + 2, width: 1, height: 20 }}
                field={box}
                onApply={(title) => controller.replaceFieldText(field.id, title)}
                onInsert={(insertion) => controller.insertAt(field.id, field.text, insertion.at, insertion.text)}
                onClose={() => {
                  setCoachFieldId(null);
                  field.binding.element.focus();
                }}
              />
            )}
          </Fragment>
        );
      })}
      {card && openField && openFinding && (
        <FindingCard
          finding={openFinding}
          anchor={card.anchor}
          t={t}
          notice={notice}
          focusOnOpen={card.fromKeyboard}
          onPointerEnter={() => {
            overCard.current = true;
            clearTimeout(hideTimer.current);
          }}
          onPointerLeave={() => {
            overCard.current = false;
          }}
          onApply={(index) => controller.applyFix(card.fieldId, openFinding, index)}
          onApplied={() => {
            setNotice(undefined);
            closeCard();
          }}
          onFailed={setEditStatus}
          onIgnore={() => {
            controller.ignoreOnce(card.fieldId, openFinding);
            closeCard();
          }}
          onAllow={(allPlatforms) => {
            onAllowTerm(openFinding.match, allPlatforms);
            closeCard();
          }}
          onClose={closeCard}
        />
      )}
      {drafting && (
        <aside className="ll-drawer" aria-label={t('draft.title')} data-testid="ll-draft-drawer">
          <div className="ll-panel-head">
            <strong>{t('draft.title')}</strong>
            <button type="button" onClick={() => setDrafting(false)}>
              {t('panel.close')}
            </button>
          </div>
          <DraftStudio
            t={t}
            locale={locale}
            prefill={{
              name:
                snapshot.fields
                  .find((field) => field.binding.role === 'title')
                  ?.text.trim()
                  .slice(0, 200) || undefined,
              sellingPoints: snapshot.fields
                .filter((field) => field.binding.role === 'bullet' && field.text.trim())
                .map((field) => field.text.trim().slice(0, 300)),
              platform: platformDefinition(controller.platform).copyFormat,
            }}
            targets={snapshot.fields.map((field) => ({
              id: field.id,
              label: field.binding.label || field.binding.key,
              role: field.binding.role,
              maxLength:
                'maxLength' in field.binding.element && typeof field.binding.element.maxLength === 'number' && field.binding.element.maxLength > 0
                  ? field.binding.element.maxLength
                  : null,
            }))}
            onInsert={async (fieldId, text, container) => {
              const result = await controller.replaceFieldText(fieldId, text);
              return result.landed ? null : insertFailureNotice(result, text, t, container);
            }}
          />
        </aside>
      )}
      <div className="ll-sr-only" role="status" aria-live="polite" data-testid="ll-live">
        {live}
      </div>
      <div className="ll-badge" data-testid="ll-badge" ref={badgeRef} title={t('overlay.shortcut')}>
        <strong>{t('overlay.badge')}</strong>
        {editStatus && !(card && openFinding) && (
          <span className="ll-edit-status" role="alert" data-testid="ll-edit-status">
            {editStatus}
          </span>
        )}
        <span data-testid="ll-field-count">{t('overlay.fieldsFound', { count: snapshot.fields.length })}</span>
        <ImageScan t={t} fieldRoots={() => controller.getSnapshot().fields.map((field) => field.binding.element)} />
        <button type="button" data-testid="ll-draft-toggle" onClick={() => setDrafting((open) => !open)}>
          {t('draft.open')}
        </button>
        <button
          type="button"
          ref={toggleRef}
          data-testid="ll-panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="ll-findings-panel"
          className={counts.error > 0 ? 'll-sev-error' : undefined}
          onClick={() => {
            if (badgeRef.current) setPanelAnchor(boxOf(badgeRef.current));
            setPanelOpen((open) => !open);
          }}
        >
          {total === 0 ? t('overlay.noFindings') : t('panel.open', { count: total })}
        </button>
      </div>
      {panelOpen && (
        <FindingsPanel
          fields={snapshot.fields}
          frames={frameSurfaces}
          t={t}
          decisions={decisions}
          onSelect={select}
          onAllow={(term) => onAllowTerm(term, false)}
          anchor={panelAnchor}
          avoid={activeFieldBox(controller)}
          onDecide={(field, finding, decision, note) => {
            const record = {
              field: field.binding.key,
              textHash: field.textHash,
              ruleId: finding.ruleId,
              start: finding.start,
              end: finding.end,
              decision,
              note,
            };
            void (
              browser.runtime.sendMessage({
                type: 'saveDecision',
                decision: { pageUrl: location.href, ...(finding.term ? { term: finding.term } : {}), context: findingContext(field.text, finding), ...record },
              }) as Promise<ResponseOf<'saveDecision'>>
            ).then((response) => {
              if (response?.ok) setDecisions((current) => new Map(current).set(decisionKey(record), { id: response.id, decidedAt: Date.now(), ...record }));
            });
          }}
          onClose={() => {
            setPanelOpen(false);
            toggleRef.current?.focus();
          }}
        />
      )}
    </>
  );
}

function boxOf(element: HTMLElement): Box {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** The box of the page field that has focus (or had it last), which the panel must not cover. */
function activeFieldBox(controller: OverlayController): Box | undefined {
  const snapshot = controller.getSnapshot();
  const id = controller.activeFieldId;
  return id === undefined ? undefined : snapshot.fieldBoxes.get(id);
}
