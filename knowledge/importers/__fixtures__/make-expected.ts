// Writes verified-expected.json from verified-raw.json with the current parser. Run only after reviewing every
// changed value by hand against the raw text (git diff the JSON); the test then locks the reviewed values.
import { readFileSync, writeFileSync } from 'node:fs';
import { expectedOf } from '../verified-fixture';

const raw = JSON.parse(readFileSync(new URL('verified-raw.json', import.meta.url), 'utf8'));
writeFileSync(new URL('verified-expected.json', import.meta.url), `${JSON.stringify(expectedOf(raw), null, 1)}\n`);
