/**
 * Mermaid, loaded only when a post has a diagram. An ES module of its own: tsx compiles the checks'
 * TypeScript to CommonJS, where `import()` of an ES-only package fails to resolve.
 * Mermaid cleans a diagram's labels with DOMPurify while it parses. Without a browser's DOM, DOMPurify has
 * no functions at all (`isSupported` is false), so the check lends it pass-through ones: the check only
 * parses, and shows nothing it reads. In the reader's browser, where the diagram is drawn, DOMPurify is whole.
 */
export async function loadMermaid() {
  // Imported as Mermaid imports it, so that both are the one instance.
  const { default: DOMPurify } = await import('dompurify');
  if (!DOMPurify.isSupported) {
    DOMPurify.sanitize ??= (text) => String(text);
    DOMPurify.addHook ??= () => {};
  }
  return (await import('mermaid')).default;
}
