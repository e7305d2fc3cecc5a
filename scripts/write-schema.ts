// Regenerates data/matrix/schema.json from the dataset's zod schema (the source of truth).
import fs from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema } from '../src/main/core/matrix/dataset.ts';
import { repoDataDir } from '../src/main/core/paths.ts';

const file = path.join(repoDataDir(), 'matrix', 'schema.json');
fs.writeFileSync(file, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
