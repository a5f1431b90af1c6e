// Where the build keeps its copies of images on other sites (lib/markdown/remote-images.ts), from the
// project root. Plain JS: the build's cache keys (scripts/build/cache-keys.mjs) read it too.
export const REMOTE_IMAGES_DIR = '.contentlayer/remote-images';
