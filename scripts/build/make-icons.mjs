// Writes app/favicon.ico and app/apple-icon.png from app/icon.svg (light colours: these formats
// cannot follow the system theme; the SVG icon, which browsers prefer, does).
// Run after changing the icon: `node scripts/build/make-icons.mjs`. Offline: resvg renders it.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const app = path.join(import.meta.dirname, '..', '..', 'app');
// resvg ignores the dark-scheme media query, so it draws the light icon.
const svg = fs.readFileSync(path.join(app, 'icon.svg'), 'utf8');

function png(size, { padding = 0, background } = {}) {
  const inner = padding ? svg.replace('<svg ', `<svg x="${padding}" y="${padding}" `) : svg;
  const view = 32 + padding * 2;
  const framed = padding
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view} ${view}"><rect width="${view}" height="${view}" fill="${background}"/>${inner}</svg>`
    : svg;
  return new Resvg(framed, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** An .ico holding PNG images (supported by every current browser). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

fs.writeFileSync(path.join(app, 'favicon.ico'), ico([16, 32, 48].map((size) => ({ size, data: png(size) }))));
// iOS draws its own rounded corners on a square, opaque tile.
fs.writeFileSync(path.join(app, 'apple-icon.png'), png(180, { padding: 2, background: '#115e59' }));
console.log('make-icons: wrote app/favicon.ico and app/apple-icon.png');
