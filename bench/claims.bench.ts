// The claim check: the whole matrix (run after every change, for the grid markers and the footer) and
// one draft (run as the analyst types, after a 250 ms pause), on the shipped baseline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoDataDir } from '../src/main/core/paths.ts';
import { Workspace } from '../src/main/core/workspace.ts';
import { line, ms, summarize, time } from './stats.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-claims-'));
const ws = Workspace.open({ dbPath: path.join(dir, 'bench.db'), dataDir: repoDataDir(), appVersion: 'bench' });
try {
  console.log('\nClaim check (shipped baseline: 18 domains, 54 cells × 2 languages)');
  const first = time(() => ws.claimCheck());
  line('whole matrix, first run (builds the name index)', ms(first.ms));
  const whole = summarize(Array.from({ length: 20 }, () => time(() => ws.claimCheck()).ms));
  line(`whole matrix, p50 / p95 of ${whole.n}`, `${ms(whole.p50)} / ${ms(whole.p95)}`, '< 250 ms');
  const summary = ws.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['JP']!.summary.en;
  const draft = summarize(Array.from({ length: 50 }, (_, i) => time(() => ws.checkDraft({ domainId: 'semiconductors', actorId: 'JP' }, 'en', `${summary} Added in ${2000 + i}.`)).ms));
  line(`one draft (longest summary), p50 / p95 of ${draft.n}`, `${ms(draft.p50)} / ${ms(draft.p95)}`, '< 100 ms');
  line('unsupported items / modality hints on the baseline', `${first.value.unsupported.length} / ${first.value.hints.length}`);
} finally {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
