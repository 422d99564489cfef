// Recall and precision of banned-term detection in images against the scenes' ground truth.
import { auditImageText } from '../../../lib/ocr/imageFindings';
import type { ImageAudit, OcrEngine } from '../../../lib/ocr/types';
import type { Scene } from './scenes';

export interface SceneScore {
  id: string;
  expected: string[];
  found: string[];
  missed: string[];
  /** Findings that match no expected term (false positives). */
  extra: string[];
  ms: number;
  audit: ImageAudit;
}

export interface Score {
  recall: number;
  precision: number;
  truePositives: number;
  expected: number;
  findings: number;
}

/** A finding counts for an expected term when either contains the other (全网第一 vs 第一). */
function matches(finding: string, term: string): boolean {
  return finding.includes(term) || term.includes(finding);
}

export function scoreAudit(scene: Scene, audit: ImageAudit, ms: number): SceneScore {
  const expected = scene.lines.flatMap((line) => line.banned);
  const findings = audit.findings.filter((f) => f.severity !== 'info').map((f) => f.match);
  const found = expected.filter((term) => findings.some((f) => matches(f, term)));
  return {
    id: scene.id,
    expected,
    found,
    missed: expected.filter((term) => !found.includes(term)),
    extra: findings.filter((f) => !expected.some((term) => matches(f, term))),
    ms,
    audit,
  };
}

export function summarize(scores: SceneScore[]): Score {
  const expected = scores.reduce((n, s) => n + s.expected.length, 0);
  const truePositives = scores.reduce((n, s) => n + s.found.length, 0);
  const extra = scores.reduce((n, s) => n + s.extra.length, 0);
  const findings = truePositives + extra;
  return { recall: expected ? truePositives / expected : 1, precision: findings ? truePositives / findings : 1, truePositives, expected, findings };
}

export async function evaluate(engine: OcrEngine, scenes: Scene[], images: { data: Uint8Array; width: number; height: number }[]): Promise<SceneScore[]> {
  const scores: SceneScore[] = [];
  for (const [i, scene] of scenes.entries()) {
    const image = images[i]!;
    const t = performance.now();
    const lines = await engine.recognize(image);
    const ms = performance.now() - t;
    const audit = auditImageText({ width: image.width, height: image.height, lines }, { platform: 'taobao' });
    scores.push(scoreAudit(scene, audit, ms));
  }
  return scores;
}
