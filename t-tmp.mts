import fs from 'node:fs';
import { renderPost } from './tests/helpers/render';
console.log(await renderPost(fs.readFileSync(process.argv[2] ?? '/tmp/i14/sample.md','utf8')));
