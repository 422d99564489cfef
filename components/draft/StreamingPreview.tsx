import type { Translate } from '@/lib/i18n';
import type { StreamedVariant } from '@/lib/draft/streamView';

/** The variants as the model writes them, field by field (never raw JSON). Text only: no HTML from the model. */
export function StreamingPreview({ t, variants }: { t: Translate; variants: StreamedVariant[] }) {
  if (variants.length === 0) return <p className="draft-waiting">{t('draft.waiting')}</p>;
  return (
    <div data-testid="draft-stream">
      {variants.map((variant, index) => (
        <article key={index} className="draft-variant streaming" data-testid="draft-stream-variant">
          <h4>
            {index + 1}. {variant.headline}
          </h4>
          <dl>
            {variant.painPoint && (
              <>
                <dt>{t('draft.painPoint')}</dt>
                <dd data-testid="draft-stream-pain">{variant.painPoint}</dd>
              </>
            )}
            {variant.solution && (
              <>
                <dt>{t('draft.solution')}</dt>
                <dd>{variant.solution}</dd>
              </>
            )}
            {variant.showcase && (
              <>
                <dt>{t('draft.showcase')}</dt>
                <dd>{variant.showcase}</dd>
              </>
            )}
          </dl>
          {variant.bullets.length > 0 && (
            <ul>
              {variant.bullets.map((bullet, i) => (
                <li key={i}>{bullet}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}
